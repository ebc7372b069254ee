// complaint-widget, inline, first step.
import { mount, memoryBytes } from "./pkg/complaint-widget.js";

await mount(document.getElementById("host"), { locale: "en", market: "SE", endpoint: `${location.origin}/api` });
window.__formAt = performance.now();
window.__wasmBytes = await memoryBytes();
