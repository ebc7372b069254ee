// Size check: what a page downloads to show the widget, raw / gzip -9 /
// brotli -q 11, per file and in total, compared with size-budget.json.
// CSS and Fluent strings are compiled into the wasm; their share is shown
// for information. Exits 1 when any total is over budget.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const pkg = join(root, "www/pkg");
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length,
});

const shipped = ["complaint-widget_bg.wasm", "complaint-widget.js"];
const rows = [];
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const name of shipped) {
  const s = sizes(readFileSync(join(pkg, name)));
  rows.push([name, s]);
  for (const k of Object.keys(total)) total[k] += s[k];
}
const inside = [["  of which CSS (src/ui/style.css)", sizes(readFileSync(join(root, "src/ui/style.css")))]];
for (const lang of readdirSync(join(root, "locales")).sort()) {
  inside.push([`  of which strings, ${lang}`, sizes(readFileSync(join(root, "locales", lang, "widget.ftl")))]);
}

const budget = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8"));
const fmt = (n) => n.toLocaleString("en-US").padStart(9);
const line = (label, s) => `| ${label.padEnd(36)} | ${fmt(s.raw)} | ${fmt(s.gzip)} | ${fmt(s.brotli)} |`;
console.log(`| ${"file (bytes)".padEnd(36)} | ${"raw".padStart(9)} | ${"gzip -9".padStart(9)} | ${"brotli 11".padStart(9)} |`);
console.log(`|${"-".repeat(38)}|${"-".repeat(11)}|${"-".repeat(11)}|${"-".repeat(11)}|`);
for (const [name, s] of rows) console.log(line(name, s));
for (const [name, s] of inside) console.log(line(name, s));
console.log(line("total shipped", total));
console.log(line("budget", budget));

const over = Object.keys(total).filter((k) => budget[k] > 0 && total[k] > budget[k]);
const unset = Object.keys(total).filter((k) => !(budget[k] > 0));
if (unset.length) {
  console.log(`size: no budget set for ${unset.join(", ")}`);
  process.exit(1);
}
if (over.length) {
  for (const k of over) console.log(`size: OVER BUDGET: ${k} ${total[k]} > ${budget[k]} bytes`);
  process.exit(1);
}
console.log(`size: within budget (brotli ${total.brotli} of ${budget.brotli} bytes)`);
