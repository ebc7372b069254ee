// Opens one named state of the form for tests and design review:
//   fixtures.html?fixture=complaint-errors&locale=nl&market=SE
// Test-only knobs: endpoint=, timeoutMs=, retries=, draft=, metadata=1,
// hook=add|cancel|throw (a beforeSubmit callback), bad=<option> (a wrong type),
// operator=merchant|payment-provider, escalation=<JSON> (false, true or
// {"name": ..., "days": ..., "workingDays": ...}). merchant-* fixtures get
// the merchant's own category and fields, prefilled a prefill.
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
// The merchant's own category and fields (merchant-fields*), and what a
// signed-in shopper's page knows (prefilled).
const fixture = params.get("fixture") || "";
if (fixture.startsWith("merchant-")) {
  options.categories = {
    complaint: [
      { id: "damaged", label: { en: "Damaged in transit", nl: "Beschadigd bij bezorging", fr: "Endommagé pendant la livraison" } },
      { id: "refund" },
      { id: "other" },
    ],
  };
  options.fields = {
    complaint: [
      {
        id: "size", type: "select", required: true, label: { en: "Size", nl: "Maat", fr: "Taille" },
        options: [{ id: "s", label: { en: "Small", nl: "Klein", fr: "Petite" } }, { id: "m", label: { en: "Medium", nl: "Middel", fr: "Moyenne" } }],
      },
      { id: "delivered_on", type: "date", required: true, label: { en: "Delivered on", nl: "Bezorgd op", fr: "Livré le" }, hint: { en: "As on the receipt", nl: "Zoals op de bon", fr: "Comme sur le reçu" } },
      { id: "colour", type: "text", label: { en: "Colour", nl: "Kleur", fr: "Couleur" } },
      { id: "story", type: "textarea", label: { en: "Anything else", nl: "Verder nog iets", fr: "Autre chose" } },
      { id: "keep_item", type: "checkbox", required: true, label: { en: "I still have the item", nl: "Ik heb het artikel nog", fr: "J’ai encore l’article" } },
    ],
  };
}
if (fixture === "prefilled") {
  options.prefill = { name: "Anna de Vries", email: "anna@example.nl", orderReference: "ORD-2024-1234", readonly: ["email"] };
}
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
