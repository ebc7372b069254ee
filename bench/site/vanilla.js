// A hand-written form with the same fields as the widget's complaint step.
const host = document.getElementById("host");
const form = document.createElement("form");
const field = (label, make) => {
  const wrap = document.createElement("div");
  const id = `f${form.children.length}`;
  const l = document.createElement("label");
  l.htmlFor = id;
  l.textContent = label;
  const input = make();
  input.id = id;
  wrap.append(l, input);
  form.append(wrap);
};
const fs = document.createElement("fieldset");
const legend = document.createElement("legend");
legend.textContent = "Have you been in contact with our customer service about this issue before?";
fs.append(legend);
for (const v of ["yes", "no"]) {
  const r = document.createElement("input");
  r.type = "radio";
  r.name = "gate";
  r.id = `gate-${v}`;
  const l = document.createElement("label");
  l.htmlFor = r.id;
  l.textContent = v === "yes" ? "Yes" : "No";
  fs.append(r, l);
}
form.append(fs);
field("What went wrong?", () => document.createElement("textarea"));
field("Full name", () => document.createElement("input"));
field("Email address", () => Object.assign(document.createElement("input"), { type: "email" }));
const submit = Object.assign(document.createElement("button"), { type: "submit", textContent: "Continue" });
form.append(submit);
host.append(form);
window.__formAt = performance.now();
