// The page of the injection corpus (tests/e2e/xss.test.mjs). Every payload
// that could run calls window.__xss(n), sets document.title or opens a
// dialog; the test looks at all three, at CSP violations and at which
// elements exist. Opened plainly it mounts the widget with the usual
// options; with ?manual it waits for window.mountCase(options), which mounts
// the widget again with those options over the usual ones.
import { mount } from "./pkg/complaint-widget.js";

window.__xssHits = [];
window.__xss = (n) => {
  window.__xssHits.push(String(n));
};
// The page's own elements, before the widget adds anything.
window.__pageElements = [...document.querySelectorAll("*")].map((e) => e.tagName).join(",");
window.__title = document.title;

window.events = [];
for (const name of ["submit", "success", "error"]) {
  document.addEventListener(`complaint:${name}`, (e) => window.events.push({ type: name, detail: e.detail }));
}

const host = document.getElementById("complaint");
const usual = {
  locale: "en",
  market: "NL",
  endpoint: new URL("/api/submissions", location.href).href,
  privacyUrl: "/privacy.html",
  // The seeds' flows, so every text field exists: a seller to name, an
  // escalation form behind the gate's yes.
  operator: "payment-provider",
};
let handle = null;

window.mountCase = async (options) => {
  if (handle) handle.destroy();
  handle = null;
  window.events.length = 0;
  handle = await mount(host, { ...usual, ...options });
  window.widget = handle;
  return handle.step;
};

if (!new URLSearchParams(location.search).has("manual")) await window.mountCase({});
document.documentElement.dataset.ready = "true";
