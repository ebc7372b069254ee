// Several instances of the widget on one page, for the seeded fault run
// (tests/e2e/faults.test.mjs):
//   faults.html?n=3&ids=1&timeoutMs=1000&retries=1
// n: how many instances (1 to 4). ids=1 gives each its own `id` option
// (shop-0, shop-1, ...); ids=0 gives them none, and their host elements have
// no id either, so nothing but their order tells them apart.
// Every complaint:* event is recorded in window.events with the instance's
// slot, and handed to window.__faultEvent when a test provides one (that
// record survives reloads).
import { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const n = Math.min(4, Math.max(1, Number(params.get("n")) || 2));
const ids = params.get("ids") !== "0";
const options = {
  locale: params.get("locale") || "en",
  market: params.get("market") || "NL",
  endpoint: new URL("/api/submissions", location.href).href,
  privacyUrl: "/privacy.html",
  // The seeds' flows, which the fault run fills in: a seller to name, an
  // escalation form behind the gate's yes.
  operator: "payment-provider",
};
for (const key of ["timeoutMs", "retries"]) {
  if (params.has(key)) options[key] = Number(params.get(key));
}

window.events = [];
for (const name of ["submit", "success", "error"]) {
  document.addEventListener(`complaint:${name}`, (e) => {
    const host = e.target instanceof Element ? e.target.closest("[data-slot]") : null;
    const d = e.detail || {};
    const record = {
      slot: host ? Number(host.dataset.slot) : -1,
      type: name,
      id: d.id,
      reference: d.reference,
      reason: d.reason,
      status: d.status,
      fields: name === "submit" ? JSON.stringify(d.fields || {}) : undefined,
      at: Date.now(),
    };
    window.events.push(record);
    if (typeof window.__faultEvent === "function") window.__faultEvent(record);
  });
}

const slots = document.getElementById("slots");
window.widgets = [];
for (let i = 0; i < n; i++) {
  const section = document.createElement("section");
  const heading = document.createElement("h2");
  heading.textContent = `Shop ${i + 1}`;
  const host = document.createElement("div");
  host.dataset.slot = String(i);
  section.append(heading, host);
  slots.append(section);
  window.widgets.push(await mount(host, ids ? { ...options, id: `shop-${i}` } : { ...options }));
}
document.documentElement.dataset.ready = "true";
