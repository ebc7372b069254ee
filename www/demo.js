// Demo page: mounts the widget; a new language is applied in place (answers
// are kept); a new market mounts the widget afresh on a fresh host.
import { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const locale = document.getElementById("demo-locale");
const market = document.getElementById("demo-market");
const operator = document.getElementById("demo-operator");
if (params.get("locale")) locale.value = params.get("locale");
market.value = params.get("market") || "NL";
// Who runs the form: a shop (the default), a shop with a complaints manager,
// or a payment provider (the seeds' flows). ?operator= and ?escalation=<JSON>
// set it from the address; so do ?prefill=, ?categories= and ?fields= (JSON).
const OPERATORS = {
  merchant: {},
  "merchant-manager": { operator: "merchant", escalation: { name: "Fietsen BV's complaints manager", days: 10, workingDays: true } },
  "payment-provider": { operator: "payment-provider" },
};
operator.value = params.get("operator") || "merchant";

let host = document.getElementById("complaint");
let widget = null;

async function start() {
  if (widget) {
    widget.destroy();
    const fresh = host.cloneNode(false);
    host.replaceWith(fresh);
    host = fresh;
  }
  widget = await mount(host, {
    locale: params.get("locale") || undefined,
    market: market.value,
    endpoint: new URL("/api/submissions", location.href).href,
    privacyUrl: "/privacy.html",
    ...(OPERATORS[operator.value] || { operator: operator.value }),
    ...(params.has("escalation") ? { escalation: JSON.parse(params.get("escalation")) } : {}),
    ...Object.fromEntries(
      ["prefill", "categories", "fields"].filter((k) => params.has(k)).map((k) => [k, JSON.parse(params.get(k))]),
    ),
  });
  locale.value = widget.locale;
}

locale.addEventListener("change", () => widget?.setLocale(locale.value));
market.addEventListener("change", start);
operator.addEventListener("change", start);
await start();
document.documentElement.dataset.ready = "true";
