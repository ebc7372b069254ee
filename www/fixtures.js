// Opens one named state of the form for tests and design review:
//   fixtures.html?fixture=complaint-errors&locale=nl&market=SE
// Test-only knobs: endpoint=, timeoutMs=, retries=, draft=, metadata=1,
// hook=add|cancel|throw (a beforeSubmit callback), bad=<option> (a wrong type),
// operator=merchant|payment-provider, escalation=<JSON> (false, true or
// {"name": ..., "days": ..., "workingDays": ...}).
import { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const options = {
  locale: params.get("locale") || undefined,
  market: params.get("market") || "NL",
  endpoint: params.get("endpoint") || new URL("/api/submissions", location.href).href,
  privacyUrl: "/privacy.html",
};
if (params.get("fixture")) options.fixture = params.get("fixture");
for (const key of ["timeoutMs", "retries"]) {
  if (params.has(key)) options[key] = Number(params.get(key));
}
if (params.has("draft")) options.draft = params.get("draft");
if (params.has("operator")) options.operator = params.get("operator");
if (params.has("escalation")) options.escalation = JSON.parse(params.get("escalation"));
if (params.has("metadata")) options.metadata = { orderId: "ORD-1001", channel: "checkout" };
const hooks = {
  add: (payload) => ({ cartValue: 129.5, seenFields: Object.keys(payload.fields).length }),
  cancel: () => false,
  throw: () => { throw new Error("merchant hook broke"); },
};
if (hooks[params.get("hook")]) options.beforeSubmit = hooks[params.get("hook")];
if (params.get("bad")) options[params.get("bad")] = 42;
if (params.has("brand")) options.brand = params.get("brand");
if (params.has("override")) options.messages = { [options.locale]: JSON.parse(params.get("override")) };

if (params.has("htmlLang")) document.documentElement.lang = params.get("htmlLang");
if (params.has("hostLang")) document.getElementById("complaint").lang = params.get("hostLang");

window.events = [];

for (const name of ["submit", "success", "error"]) {
  document.addEventListener(`complaint:${name}`, (e) => window.events.push({ type: e.type, detail: e.detail }));
}
document.querySelector("h1").textContent = `Fixture: ${params.get("fixture") || "start"}`;
window.widget = await mount(document.getElementById("complaint"), options);
document.documentElement.dataset.ready = "true";
