// Fails when the wasm module imports a JS call that can throw without
// catching it. A JS exception that unwinds through wasm frames skips the
// code that restores the module's stack pointer; enough of them and every
// later call on the page fails with "memory access out of bounds". So each
// import in wasm-bindgen's glue must either be wrapped in `handleError` (a
// `catch` import in Rust, which returns a `Result`) or be listed in
// scripts/check-imports.txt: the reviewed operations that cannot throw for
// anything a page can do short of replacing the browser's built-ins, each
// with the reason.
//
//   node scripts/check-imports.mjs target/bundle/core/complaint_widget.js
//
// Prints every unreviewed import with its code and exits 1 if there is one.
import { readFileSync } from "node:fs";

const [gluePath] = process.argv.slice(2);
const glue = readFileSync(gluePath, "utf8");
const here = new URL(".", import.meta.url).pathname;

const reviewed = new Map();
for (const line of readFileSync(`${here}check-imports.txt`, "utf8").split("\n")) {
  const m = /^(\S.*?)\s+#\s*(.+)$/.exec(line);
  if (m && !line.startsWith("#")) reviewed.set(m[1], m[2]);
}

const start = glue.indexOf("function __wbg_get_imports()");
if (start < 0) {
  console.error("check-imports: no __wbg_get_imports in the glue; wasm-bindgen's output changed shape");
  process.exit(1);
}
const block = glue.slice(start);
// Each import: `        __wbg_<name>_<hash>: function(args) {` then its body up to the
// closing `        },` at the same indentation.
const entry = /^ {8}(__wbg_[A-Za-z0-9_]+|__wbindgen_[A-Za-z0-9_]+): function\(([^)]*)\) \{\n([\s\S]*?)\n {8}\},?$/gm;
const normal = (code) =>
  code
    .replace(/getStringFromWasm0\(arg\d+, arg\d+\)/g, "STR")
    .replace(/getArrayU8FromWasm0\(arg\d+, arg\d+\)/g, "BYTES")
    // Names and indexes wasm-bindgen numbers afresh in every build.
    .replace(/__wasm_bindgen_func_elem_\d+/g, "FUNC")
    .replace(/shim_idx: \d+/g, "shim_idx: N")
    .replace(/\s+/g, " ")
    .trim();

// `catch` imports: `name: function() { return handleError(function (args) {`.
let caught = [...block.matchAll(/^ {8}__wbg_[A-Za-z0-9_]+: function\(\) \{ return handleError\(function /gm)].length;
let count = caught;
const unreviewed = [];
const used = new Set();
for (const m of block.matchAll(entry)) {
  count++;
  const body = m[3];
  if (/^\s*return handleError\(function/.test(body)) {
    caught++;
    continue;
  }
  // wasm-bindgen's own `instanceof` checks catch everything themselves.
  if (/try \{\s*result = arg0 instanceof \w+;\s*\} catch \(_\) \{\s*result = false;\s*\}/.test(body)) {
    caught++;
    continue;
  }
  const code = normal(body);
  if (reviewed.has(code)) {
    used.add(code);
  } else {
    unreviewed.push(`${m[1].replace(/_[0-9a-f]{16}$/, "")}: ${code}`);
  }
}
if (count < 20) {
  console.error(`check-imports: found only ${count} imports in the glue; wasm-bindgen's output changed shape`);
  process.exit(1);
}
for (const code of reviewed.keys()) {
  if (!used.has(code)) console.log(`check-imports: reviewed but no longer imported (may be removed): ${code}`);
}
console.log(`check-imports: ${count} imports, ${caught} catch their own exceptions, ${used.size} reviewed as unable to throw, ${unreviewed.length} unreviewed`);
if (unreviewed.length) {
  console.error("check-imports: these imports can throw into the wasm module. Import them with `catch` (see src/ui/js.rs) or, if they cannot throw, add them with the reason to scripts/check-imports.txt:");
  for (const u of unreviewed) console.error(`  ${u}`);
  process.exit(1);
}
