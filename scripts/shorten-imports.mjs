// Shortens the names the wasm module imports its JS functions by. wasm-bindgen
// names each import after the JS function plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`): some 130 such names appear twice,
// in the module's import section and as keys in the glue, and the hashes do not
// compress. This renames every imported function to a short name (`a`, `b`,
// ... `ba` ...) in both places, and the import module to `w`.
//
//   node scripts/shorten-imports.mjs module.wasm glue.js
//
// Both files are rewritten in place. It refuses (exit 1) when a name of the
// module is not found exactly once as a key in the glue, so a change in
// wasm-bindgen's output fails the build instead of breaking the widget.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");
const fail = (why) => {
  console.error(`shorten-imports: ${why}`);
  process.exit(1);
};

let p = 8;
const uleb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = wasm[p++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return result;
  }
};
const encode = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = () => {
  const len = uleb();
  const s = wasm.subarray(p, p + len).toString("utf8");
  p += len;
  return s;
};
const limits = () => {
  const flag = wasm[p++];
  uleb();
  if (flag & 1) uleb();
};
const short = (i) => {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
};

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let section = null;
while (p < wasm.length) {
  const start = p;
  const id = wasm[p++];
  const size = uleb();
  if (id === 2) {
    section = { start, body: p, end: p + size };
    break;
  }
  p += size;
}
if (!section) fail("the module imports nothing");

const count = uleb();
const entries = [];
const modules = new Set();
for (let i = 0; i < count; i++) {
  const module = name();
  const field = name();
  const kindAt = p;
  const kind = wasm[p++];
  if (kind === 0) uleb();
  else if (kind === 1) {
    p++;
    limits();
  } else if (kind === 2) limits();
  else if (kind === 3) p += 2;
  else fail(`import kind ${kind} is not known`);
  entries.push({ module, field, desc: wasm.subarray(kindAt, p) });
  modules.add(module);
}
if (p !== section.end) fail("the import section did not parse to its end");
if (modules.size !== 1) fail(`imports come from ${modules.size} modules; expected one`);
const [module] = modules;

const parts = [encode(entries.length)];
const str = (s) => {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([encode(b.length), b]);
};
entries.forEach((e, i) => {
  const to = short(i);
  const key = new RegExp(`(?<=[{,])${e.field}(?=:)`, "g");
  const found = glue.match(key)?.length || 0;
  if (found !== 1) fail(`${e.field} is a key ${found} times in the glue; expected once`);
  glue = glue.replace(key, to);
  parts.push(str("w"), str(to), e.desc);
});
const quoted = JSON.stringify(module);
if (glue.split(quoted).length !== 2) fail(`the import module ${quoted} is not named once in the glue`);
glue = glue.replace(quoted, '"w"');

const body = Buffer.concat(parts);
const out = Buffer.concat([wasm.subarray(0, section.start), Buffer.from([2]), encode(body.length), body, wasm.subarray(section.end)]);
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.log(`shorten-imports: ${entries.length} imports renamed, module ${wasm.length - out.length} bytes smaller`);
