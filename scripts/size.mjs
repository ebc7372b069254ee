// Size check: what one page downloads to show the widget in one language
// (the entry module, the wasm-bindgen glue, the wasm module, and that
// language's strings; the form's CSS is inside the wasm, the frame's in the
// entry), raw / gzip -9 / brotli -q 11, per file and in total, for every
// language. The largest single-language total is compared with
// size-budget.json, and so is what a launcher costs a page until the shopper
// shows intent (the entry alone); exits 1 when either is over. Also prints
// what shipping every language at once would cost, for comparison.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const pkg = join(root, "www/pkg");
export const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };

const common = ["complaint-widget.js", "complaint-widget-core.js", "complaint-widget.wasm"];
if (!common.every((f) => existsSync(join(pkg, f)))) {
  console.log("size: www/pkg is not built (run scripts/build)");
  process.exit(1);
}
const rows = common.map((f) => [f, sizes(readFileSync(join(pkg, f)))]);
const base = rows.reduce((t, [, s]) => add(t, s), zero);
const langs = readdirSync(join(pkg, "locales")).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3)).sort();
const perLang = langs.map((l) => [l, sizes(readFileSync(join(pkg, "locales", `${l}.js`)))]);
const allStrings = sizes(Buffer.concat(langs.map((l) => readFileSync(join(pkg, "locales", `${l}.js`)))));

const fmt = (n) => n.toLocaleString("en-US").padStart(9);
const line = (label, s) => `| ${label.padEnd(40)} | ${fmt(s.raw)} | ${fmt(s.gzip)} | ${fmt(s.brotli)} |`;
console.log(`| ${"bytes".padEnd(40)} | ${"raw".padStart(9)} | ${"gzip -9".padStart(9)} | ${"brotli 11".padStart(9)} |`);
console.log(`|${"-".repeat(42)}|${"-".repeat(11)}|${"-".repeat(11)}|${"-".repeat(11)}|`);
for (const [name, s] of rows) console.log(line(name, s));
// The stylesheet as build.rs minified it into the module (the newest build's).
const cssBuilds = join(root, "target/wasm32-unknown-unknown/release/build");
const css = (existsSync(cssBuilds) ? readdirSync(cssBuilds) : [])
  .map((d) => join(cssBuilds, d, "out/style.min.css"))
  .filter((f) => existsSync(f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (css) console.log(line("  of which CSS (minified, inside the wasm)", sizes(readFileSync(css))));
for (const [l, s] of perLang) console.log(line(`locales/${l}.js`, s));
let worst = ["", zero];
for (const [l, s] of perLang) {
  const total = add(base, s);
  console.log(line(`one page, ${l}`, total));
  if (total.brotli > worst[1].brotli) worst = [l, total];
}
console.log(line(`all ${langs.length} languages at once`, add(base, allStrings)));

const budget = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8"));
console.log(line("budget (one page)", budget));
const launcher = rows[0][1];
console.log(line("launcher before intent (the entry)", launcher));
console.log(line("budget (launcher before intent, brotli)", { raw: 0, gzip: 0, brotli: budget.launcher }));
const over = ["raw", "gzip", "brotli"].filter((k) => !(budget[k] > 0) || worst[1][k] > budget[k]);
if (over.length || !(launcher.brotli <= budget.launcher)) {
  for (const k of over) console.log(`size: OVER BUDGET: ${k} ${worst[1][k]} > ${budget[k]} bytes (language ${worst[0]})`);
  if (!(launcher.brotli <= budget.launcher)) console.log(`size: OVER BUDGET: the launcher before intent is ${launcher.brotli} > ${budget.launcher} bytes brotli`);
  process.exit(1);
}
console.log(`size: within budget (largest page: ${worst[0]}, brotli ${worst[1].brotli} of ${budget.brotli} bytes; launcher before intent ${launcher.brotli} of ${budget.launcher})`);
