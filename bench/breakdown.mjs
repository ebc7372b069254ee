// Who owns the wasm module's bytes: twiggy's CSV (of a build that keeps
// function names) grouped by crate, and the largest functions.
//   node bench/breakdown.mjs out/twiggy.csv
import { readFileSync } from "node:fs";

const [file] = process.argv.slice(2);
const lines = readFileSync(file, "utf8").trim().split("\n").slice(1);
const rows = lines.map((l) => {
  const m = /^(.*),(\d+),([\d.]+),(\d*),([\d.]*)$/.exec(l);
  return m ? { name: m[1].replace(/^"|"$/g, ""), size: Number(m[2]) } : null;
}).filter(Boolean);
const PRIMITIVES = /^<(?:&(?:mut )?)?(?:str|char|bool|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|\[[^\]]*\])>::/;
const owner = (name) => {
  if (/^(custom section|data segment|type\[|import |export |table|elem|"function names")/.test(name) || name.includes("subsection")) {
    return name.startsWith("data segment") ? "(static data)" : "(wasm sections and glue)";
  }
  // A path names its crate: `some_crate::f`, `<some_crate::Type as Trait>::f`.
  const own = /^<?\s*(?:&(?:mut )?)?(?:dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  if (own) return own[1];
  // `<T as some_crate::Trait>::f` on a generic or primitive type: the trait's crate.
  const asTrait = /^<.*? as (?:&(?:mut )?)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  if (asTrait) return asTrait[1];
  if (PRIMITIVES.test(name)) return "core";
  if (/^__(externref|wbg|wbindgen)/.test(name)) return "wasm_bindgen";
  if (/^(memcpy|memmove|memset|memcmp|__multi3|__ashlti3|__lshrti3|__udivti3|__umodti3|round|fmod)$/.test(name)) return "compiler_builtins";
  // Exported entry points (`mountWith`, `widgethandle_setLocale`, ...): the
  // widget's own shims around its API.
  if (/^[a-z][A-Za-z0-9_]*$/.test(name)) return "complaint_widget";
  return "(other)";
};
const code = rows.filter((r) => !/^custom section '\.debug/.test(r.name) && !r.name.includes('function names'));
const byCrate = new Map();
for (const r of code) byCrate.set(owner(r.name), (byCrate.get(owner(r.name)) || 0) + r.size);
const totalBytes = code.reduce((t, r) => t + r.size, 0);
console.log("\n| crate (wasm module, raw bytes before wasm-opt) | bytes | share |\n|---|---:|---:|");
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`| ${crate} | ${size} | ${((100 * size) / totalBytes).toFixed(1)} % |`);
}
console.log(`| total | ${totalBytes} | |`);
console.log("\n| largest functions | bytes |\n|---|---:|");
for (const r of code.filter((r) => !/^(custom section|data segment)/.test(r.name)).sort((a, b) => b.size - a.size).slice(0, 15)) {
  console.log(`| \`${r.name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/::h[0-9a-f]{16}$/, "").slice(0, 100)}\` | ${r.size} |`);
}
