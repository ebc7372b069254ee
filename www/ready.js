// Marks the page ready for tests once every <complaint-widget> has rendered.
await customElements.whenDefined("complaint-widget");
const all = [...document.querySelectorAll("complaint-widget")];
for (let i = 0; i < 200 && !all.every((w) => w.shadowRoot?.querySelector(".cw-frame")); i++) {
  await new Promise((r) => setTimeout(r, 25));
  all.splice(0, all.length, ...document.querySelectorAll("complaint-widget"));
}
document.documentElement.dataset.ready = "true";
