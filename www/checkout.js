// The checkout demo: the widget as a launcher; the page's theme switch also
// sets the widget's theme attribute (a live attribute).
import "./pkg/complaint-widget.js";

const widget = document.getElementById("help");
const theme = document.getElementById("theme");
const params = new URLSearchParams(location.search);
theme.value = params.get("theme") || "light";
function apply() {
  document.documentElement.dataset.theme = theme.value === "system" ? "" : theme.value;
  widget.setAttribute("theme", theme.value);
}
theme.addEventListener("change", apply);
apply();
await customElements.whenDefined("complaint-widget");
document.documentElement.dataset.ready = "true";
