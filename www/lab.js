// A page that mounts widgets from its own code, for tests that need to hand
// the module unusual options or listeners:
//   lab.html?n=2&retries=0   mounts n widgets without ids into #slots
// `window.cw.mount` is the package's mount(); `window.events` records every
// complaint:* event with the index of the widget that fired it.
import { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const endpoint = new URL("/api/submissions", location.href).href;
window.events = [];
for (const name of ["submit", "success", "error"]) {
  document.addEventListener(`complaint:${name}`, (e) => {
    const slots = [...document.querySelectorAll("#slots > div")];
    window.events.push({ type: e.type, widget: slots.indexOf(e.target), detail: e.detail });
  });
}
window.cw = { mount, endpoint };
window.widgets = [];
const n = Number(params.get("n") || 0);
for (let i = 0; i < n; i++) {
  const slot = document.createElement("div");
  document.getElementById("slots").append(slot);
  const options = { endpoint, market: "NL", locale: "en" };
  if (params.has("retries")) options.retries = Number(params.get("retries"));
  window.widgets.push(await mount(slot, options));
}
document.documentElement.dataset.ready = "true";
