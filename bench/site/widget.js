// complaint-widget, inline, first step.
import { mount } from "./pkg/complaint-widget.js";
import init from "./pkg/core/complaint_widget.js";

await mount(document.getElementById("host"), { locale: "en", market: "SE", endpoint: `${location.origin}/api` });
window.__formAt = performance.now();
window.__wasmBytes = (await init()).memory.buffer.byteLength;
