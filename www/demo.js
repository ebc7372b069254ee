// Demo page: mounts the widget, and mounts it afresh when the language or
// market changes (a shadow root is attached once, so a fresh host is used).
import init, { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
const locale = document.getElementById("demo-locale");
const market = document.getElementById("demo-market");
locale.value = params.get("locale") || "en";
market.value = params.get("market") || "NL";

await init();
let host = document.getElementById("complaint");
let widget = null;

function start() {
  if (widget) {
    widget.destroy();
    const fresh = host.cloneNode(false);
    host.replaceWith(fresh);
    host = fresh;
  }
  widget = mount(host, {
    locale: locale.value,
    market: market.value,
    endpoint: new URL("/api/submissions", location.href).href,
    privacyUrl: "/privacy.html",
  });
}

locale.addEventListener("change", start);
market.addEventListener("change", start);
start();
document.documentElement.dataset.ready = "true";
