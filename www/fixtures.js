// Opens one named state of the form: fixtures.html?fixture=complaint-errors&locale=nl&market=SE
import init, { mount } from "./pkg/complaint-widget.js";

const params = new URLSearchParams(location.search);
await init();
const options = {
  locale: params.get("locale") || "en",
  market: params.get("market") || "NL",
  endpoint: new URL("/api/submissions", location.href).href,
  privacyUrl: "/privacy.html",
};
if (params.get("fixture")) options.fixture = params.get("fixture");
if (params.get("bad")) options[params.get("bad")] = 42;
document.querySelector("h1").textContent = `Fixture: ${params.get("fixture") || "start"}`;
window.widget = mount(document.getElementById("complaint"), options);
document.documentElement.dataset.ready = "true";
