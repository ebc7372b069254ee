// The benchmark run: an empty page (the floor), a hand-written vanilla form,
// Sentry's feedback widget and complaint-widget, side by side in one headless
// Chromium on 127.0.0.1. Prints one markdown table and writes the raw
// numbers to out/bench.json. Called by scripts/bench after the builds.
//
//   RUNS=30 node bench/run.mjs
import { createServer } from "node:http";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url).pathname;
const site = join(root, "bench/site");
const require = createRequire(join(root, "package.json"));
const { chromium } = require("playwright-core");
const RUNS = Number(process.env.RUNS || 30);
const VARIANTS = ["empty", "vanilla", "sentry", "widget", "widget-tag", "widget-preload"];
const LABELS = { empty: "empty page (floor)", vanilla: "vanilla JS form", sentry: "Sentry feedback (minimal)", widget: "complaint-widget, imported by page code", "widget-tag": "complaint-widget, one script tag", "widget-preload": "complaint-widget, script tag + 2 preload links" };
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

// A plain static server: no CSP here, so Sentry's inline styles work too.
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(site, path);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"],
});

const compress = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function load(variant, { bytes = false, memory = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const files = [];
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (bytes) {
    page.on("response", async (r) => {
      if (r.request().resourceType() === "document") return;
      try {
        files.push({ url: new URL(r.url()).pathname, ...compress(await r.body()) });
      } catch {}
    });
  }
  // Nothing is injected into the page while it loads: Playwright's
  // waitForFunction would evaluate its helper script (about 20 ms of main
  // thread on a fresh context) in the middle of an asynchronous start-up.
  // A bare CDP evaluation of one global, every 10 ms, is all the polling.
  await page.goto(`${base}/${variant}.html`, { waitUntil: "commit" });
  let ms;
  for (let waited = 0; ms === undefined; waited += 10) {
    if (waited > 20_000) throw new Error(`${variant}: no form after 20 s`);
    await new Promise((r) => setTimeout(r, 10));
    try {
      const { result } = await cdp.send("Runtime.evaluate", { expression: "window.__formAt", returnByValue: true });
      ms = result.value;
    } catch {
      // No execution context yet, just after the commit: poll again.
    }
  }
  const result = { variant, ms };
  // The widget's own User Timing entries: wasm module load and mount.
  const { result: phases } = await cdp.send("Runtime.evaluate", {
    expression: `Object.fromEntries(performance.getEntriesByType("measure").filter((m) => m.name.startsWith("complaint-widget:")).map((m) => [m.name.slice(17), m.duration]))`,
    returnByValue: true,
  });
  result.phases = phases.value ?? {};
  if (memory) {
    await page.waitForTimeout(200);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    result.jsHeap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    result.wasmBytes = await page.evaluate(() => window.__wasmBytes || 0);
  }
  if (bytes) {
    await page.waitForTimeout(200);
    result.files = files;
  }
  if (errors.length) result.errors = errors;
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Bytes and memory: a few loads each.
const bytes = {};
const memory = Object.fromEntries(VARIANTS.map((v) => [v, []]));
for (const v of VARIANTS) bytes[v] = (await load(v, { bytes: true })).files;
for (let i = 0; i < 5; i++) for (const v of VARIANTS) memory[v].push(await load(v, { memory: true }));

// Time to form: interleaved, order rotated every round, fresh context each load.
const times = Object.fromEntries(VARIANTS.map((v) => [v, []]));
const problems = [];
const phases = Object.fromEntries(VARIANTS.map((v) => [v, []]));
for (let i = 0; i < RUNS; i++) {
  const order = VARIANTS.map((_, k) => VARIANTS[(k + i) % VARIANTS.length]);
  for (const v of order) {
    const r = await load(v);
    times[v].push(r.ms);
    phases[v].push(r.phases);
    if (r.errors) problems.push(`${v}: ${r.errors.join("; ")}`);
  }
}

// Validation cost inside the wasm module.
const vctx = await browser.newContext();
const vpage = await vctx.newPage();
await vpage.goto(`${base}/validate.html`);
await vpage.waitForFunction(() => window.__validation !== undefined, null, { timeout: 60_000 });
const validation = await vpage.evaluate(() => window.__validation);
await vctx.close();
await browser.close();
server.close();

// The table.
const total = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const floorMs = median(times.empty);
const floorMemory = median(memory.empty.map((m) => m.jsHeap));
const rows = VARIANTS.map((v) => {
  const med = median(times[v]);
  const mem = median(memory[v].map((m) => m.jsHeap + m.wasmBytes));
  return {
    variant: v,
    bytes: total(bytes[v]),
    medianMs: med,
    minMs: Math.min(...times[v]),
    aboveFloorMs: med - floorMs,
    memory: mem,
    aboveFloorMemory: mem - floorMemory,
    jsHeap: median(memory[v].map((m) => m.jsHeap)),
    wasmBytes: median(memory[v].map((m) => m.wasmBytes)),
  };
});
const sentry = rows.find((r) => r.variant === "sentry");
const kb = (n) => (n / 1024).toFixed(1);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");
console.log(`\n## complaint-widget beside its peers (${RUNS} interleaved runs each, headless Chromium, 127.0.0.1)\n`);
console.log("| page | shipped KB (raw / gzip / brotli) | time to form, median (min) ms | vs floor | above floor ms | vs Sentry above floor | memory above floor KB (JS heap + wasm) | vs Sentry |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${LABELS[r.variant]} | ${kb(r.bytes.raw)} / ${kb(r.bytes.gzip)} / ${kb(r.bytes.brotli)} | ${r.medianMs.toFixed(1)} (${r.minMs.toFixed(1)}) | ${ratio(r.medianMs, floorMs)} | ${r.aboveFloorMs.toFixed(1)} | ${ratio(r.aboveFloorMs, sentry.aboveFloorMs)} | ${kb(r.aboveFloorMemory)} (${kb(r.jsHeap - floorMemory)} + ${kb(r.wasmBytes)}) | ${ratio(r.aboveFloorMemory, sentry.aboveFloorMemory)} |`,
  );
}
console.log("\nInside the widget's time (medians, from its User Timing entries):");
for (const v of VARIANTS.filter((v) => v.startsWith("widget"))) {
  const of = (k) => {
    const xs = phases[v].map((p) => p?.[k]).filter((x) => x !== undefined);
    return xs.length ? median(xs) : NaN;
  };
  console.log(`- ${LABELS[v]}: wasm module fetched, compiled and instantiated ${of("load").toFixed(1)} ms after the entry ran; building the form ${of("mount").toFixed(1)} ms`);
}
console.log("\n| files fetched | raw | gzip -9 | brotli -q 11 |\n|---|---:|---:|---:|");
for (const v of VARIANTS) {
  for (const f of bytes[v]) console.log(`| ${LABELS[v]}: \`${f.url}\` | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
  const t = total(bytes[v]);
  console.log(`| **${LABELS[v]}, total** | ${t.raw} | ${t.gzip} | ${t.brotli} |`);
}
console.log("\n| validation in the wasm module | iterations | µs per iteration |\n|---|---:|---:|");
for (const v of validation) {
  console.log(`| ${v.what === "full" ? "a full complaint form" : "one keystroke (set, count, errors)"} | ${v.iterations} | ${v.microsPerIteration.toFixed(3)} |`);
}
if (problems.length) console.log(`\nErrors on pages: ${problems.join("; ")}`);

mkdirSync(join(root, "out"), { recursive: true });
writeFileSync(
  join(root, "out/bench.json"),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, floorMs, floorMemory, rows, times, phases, memory, bytes, validation, problems }, null, 2),
);
console.log("\nRaw numbers: out/bench.json");
