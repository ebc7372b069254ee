// Applies a tree the wasm module describes (src/ui/tree.rs) in one call, so a
// step's hundreds of elements cost one crossing between wasm and JS instead of
// one per element and attribute. `ops` is a list of numbers; strings are
// (start, length) pairs in UTF-16 units of `text`. Text only ever becomes a
// text node; nothing is parsed as HTML. Elements already on the page that the
// operations change come first (`existing`), then the ones made, in order;
// returns them all.
export function build(doc, ops, text, existing) {
  // A copy: `ops` is a view of the module's memory, which a listener that
  // runs during a DOM call (a focus change) could grow and so detach.
  ops = ops.slice();
  const made = Array.from(existing);
  let i = 0;
  const s = () => text.slice(ops[i], (i += 2, ops[i - 2] + ops[i - 1]));
  while (i < ops.length) {
    const op = ops[i++];
    if (op === 0) {
      const e = doc.createElement(s());
      const c = s();
      if (c) e.className = c;
      made.push(e);
    } else if (op === 1) {
      const e = made[ops[i++]];
      e.setAttribute(s(), s());
    } else if (op === 2) {
      made[ops[i++]].append(s());
    } else if (op === 3) {
      made[ops[i++]].append(made[ops[i++]]);
    } else if (op === 4) {
      made[ops[i++]].replaceChildren();
    } else {
      made[ops[i++]].removeAttribute(s());
    }
  }
  return made;
}
