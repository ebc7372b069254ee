// Demo page: mounts the widget; a new language is applied in place (answers
// are kept); a new market mounts the widget afresh on a fresh host.
import { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const locale = document.getElementById("demo-locale");
const market = document.getElementById("demo-market");
if (params.get("locale")) locale.value = params.get("locale");
market.value = params.get("market") || "NL";

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
  });
  locale.value = widget.locale;
}

locale.addEventListener("change", () => widget?.setLocale(locale.value));
market.addEventListener("change", start);
await start();
document.documentElement.dataset.ready = "true";
