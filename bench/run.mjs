// The benchmark run: an empty page (the floor), a hand-written vanilla form,
// Sentry's feedback widget and complaint-widget, side by side in one headless
// Chromium on 127.0.0.1; then a checkout page with a launcher (bytes before
// intent, click to usable form) beside Sentry's button, and where the
// widget's time goes on a cold load of the script-tag page (Resource and User
// Timing, and Chromium's CPU profile). Prints markdown tables and writes the
// raw numbers to out/bench.json. Called by scripts/bench after the builds.
//
//   RUNS=30 node bench/run.mjs
//   PARTS=launcher,breakdown RUNS=5 node bench/run.mjs   # some parts only
//
// PARTS (comma-separated, all by default): peers, launcher, breakdown,
// validation. PROFILE_RUNS (default 7) is the number of profiled loads (and
// as many without the profiler);
// launcher clicks are timed min(RUNS, 20) times each way.
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
const LABELS = { empty: "empty page (floor)", vanilla: "vanilla JS form", sentry: "Sentry feedback (minimal)", widget: "complaint-widget, imported by page code", "widget-tag": "complaint-widget, one script tag", "widget-preload": "complaint-widget, script tag + 3 preload links" };
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

/**
 * A new context with the HTTP cache off, its page, a CDP session, the page's
 * uncaught errors and (with `bytes`) every file it fetches but the document,
 * with its compressed sizes.
 */
async function fresh(bytes) {
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
  return { context, page, cdp, files, errors };
}

async function load(variant, { bytes = false, memory = false } = {}) {
  const { context, page, cdp, files, errors } = await fresh(bytes);
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

const PARTS = new Set((process.env.PARTS || "peers,launcher,breakdown,validation").split(",").map((p) => p.trim()));
const PROFILE_RUNS = Number(process.env.PROFILE_RUNS || 7);
const CLICK_RUNS = Math.min(RUNS, 20);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (n) => (n / 1024).toFixed(1);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");
const total = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const out = { date: new Date().toISOString(), runs: RUNS };
const problems = [];

/** Polls one expression over CDP every 10 ms until it is not undefined. */
async function until(cdp, expression, what, limit = 20_000) {
  for (let waited = 0; ; waited += 10) {
    if (waited > limit) throw new Error(`${what}: nothing after ${limit / 1000} s`);
    try {
      const { result } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
      if (result.value !== undefined && result.value !== null) return result.value;
    } catch {
      // No execution context yet, just after the commit: poll again.
    }
    await sleep(10);
  }
}

if (PARTS.has("peers")) {
  // Bytes and memory: a few loads each.
  const bytes = {};
  const memory = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (const v of VARIANTS) bytes[v] = (await load(v, { bytes: true })).files;
  for (let i = 0; i < 5; i++) for (const v of VARIANTS) memory[v].push(await load(v, { memory: true }));

  // Time to form: interleaved, order rotated every round, fresh context each load.
  const times = Object.fromEntries(VARIANTS.map((v) => [v, []]));
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
  Object.assign(out, { floorMs, floorMemory, rows, times, phases, memory, bytes });
  const sentry = rows.find((r) => r.variant === "sentry");
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
}

// ---------------------------------------------------------------------------
// The launcher on a checkout page, beside Sentry's feedback button.
const LAUNCHERS = {
  launcher: {
    label: "complaint-widget, `presentation=\"launcher\"`",
    button: `document.querySelector("complaint-widget").shadowRoot?.querySelector(".cw-launcher")`,
  },
  "sentry-launcher": {
    label: "Sentry feedback, its button (default)",
    button: `document.getElementById("sentry-feedback")?.shadowRoot?.querySelector(".widget__actor")`,
  },
};

/** A fresh context with the HTTP cache off, the page loaded and idle, and the launcher's button centre. */
async function checkout(variant, { bytes = false } = {}) {
  const { context, page, cdp, files, errors } = await fresh(bytes);
  await page.goto(`${base}/${variant}.html`, { waitUntil: "load" });
  await until(cdp, "window.__t.idle", `${variant}: idle`);
  const centre = await until(
    cdp,
    `(() => { const b = ${LAUNCHERS[variant].button}; if (!b) return undefined; const r = b.getBoundingClientRect(); return r.width > 0 ? [r.x + r.width / 2, r.y + r.height / 2] : undefined; })()`,
    `${variant}: launcher button`,
  );
  return { context, page, cdp, files, errors, centre };
}

const mouse = (cdp, type, [x, y], extra = {}) => cdp.send("Input.dispatchMouseEvent", { type, x, y, ...extra });
/**
 * A click: press and release sent together, so the release is queued right
 * behind the press (awaiting the press first lets the form's loading, which
 * the press starts, run before the release is even sent).
 */
async function click(cdp, at) {
  await Promise.all([
    mouse(cdp, "mousePressed", at, { button: "left", buttons: 1, clickCount: 1 }),
    mouse(cdp, "mouseReleased", at, { button: "left", buttons: 0, clickCount: 1 }),
  ]);
}

/**
 * One timed click on the launcher: `hover` puts the pointer over the button
 * 300 ms before pressing, as a shopper's pointer does; otherwise the press
 * comes with no pointer before it. Times come from the page's own listeners.
 */
async function clickToForm(variant, hover) {
  const { context, cdp, errors, centre } = await checkout(variant);
  await sleep(100);
  if (hover) {
    await mouse(cdp, "mouseMoved", centre);
    await sleep(300);
  }
  await click(cdp, centre);
  const t = await until(cdp, "window.__t.form === undefined ? undefined : window.__t", `${variant}: form after the click`).catch(async (e) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "JSON.stringify(window.__t)", returnByValue: true });
    throw new Error(`${e.message} (page timing: ${result.value})`);
  });
  if (variant === "launcher") {
    // Focus on the form's heading once the dialog is open with it.
    t.focused = await until(cdp, `document.querySelector("complaint-widget").shadowRoot.activeElement?.id === "cw-title" || undefined`, `${variant}: focus on the form's heading`, 5_000).catch(() => false);
  }
  await context.close();
  if (errors.length) problems.push(`${variant}: ${errors.join("; ")}`);
  const after = (k) => (t[k] === undefined || t.ready === undefined ? undefined : t.ready - t[k]);
  return { ms: t.form - t.click, readyAfterHover: hover ? after("hover") : undefined, readyAfterClick: after("click"), focused: t.focused };
}

/**
 * A slow click as the pointer arrives: pointer over and press at once, the
 * release 100 ms later (a mouse button held as long as a shopper holds it).
 * Whether the dialog opened within 3 s: the press starts the form's loading,
 * and a form that takes the button's place while it is held down may take
 * the click with it.
 */
async function heldClick(variant) {
  const { context, cdp, centre } = await checkout(variant);
  await sleep(100);
  await mouse(cdp, "mouseMoved", centre);
  await mouse(cdp, "mousePressed", centre, { button: "left", buttons: 1, clickCount: 1 });
  await sleep(100);
  await mouse(cdp, "mouseReleased", centre, { button: "left", buttons: 0, clickCount: 1 });
  const opened = await until(cdp, "window.__t.form", `${variant}: form after a held click`, 3_000).then(
    () => true,
    () => false,
  );
  await context.close();
  return opened;
}

if (PARTS.has("launcher")) {
  const launcher = {};
  for (const v of Object.keys(LAUNCHERS)) {
    // Bytes before intent: the page loaded, idle and left alone for 500 ms;
    // then the pointer over the button, and what that fetches.
    const { context, cdp, files, errors, centre } = await checkout(v, { bytes: true });
    await sleep(500);
    const before = files.splice(0);
    await mouse(cdp, "mouseMoved", centre);
    await sleep(100);
    await click(cdp, centre);
    await until(cdp, "window.__t.form", `${v}: form after the click`);
    await sleep(200);
    const after = files.splice(0);
    await context.close();
    if (errors.length) problems.push(`${v}: ${errors.join("; ")}`);
    launcher[v] = { before, after, click: [], hover: [] };
  }
  const entryOnly = launcher.launcher.before.map((f) => f.url);
  if (entryOnly.length !== 1 || !entryOnly[0].endsWith("/pkg/complaint-widget.js")) {
    problems.push(`launcher: before intent the page fetched ${entryOnly.join(", ") || "nothing"}, not the entry alone`);
  }
  for (let i = 0; i < CLICK_RUNS; i++) {
    for (const v of i % 2 ? Object.keys(LAUNCHERS).reverse() : Object.keys(LAUNCHERS)) {
      launcher[v].click.push(await clickToForm(v, false));
      launcher[v].hover.push(await clickToForm(v, true));
    }
  }
  for (const v of Object.keys(LAUNCHERS)) {
    launcher[v].held = [];
    for (let i = 0; i < Math.min(CLICK_RUNS, 10); i++) launcher[v].held.push(await heldClick(v));
  }
  out.launcher = launcher;
  const notFocused = launcher.launcher.click.concat(launcher.launcher.hover).filter((r) => !r.focused).length;
  if (notFocused) problems.push(`launcher: focus never reached the form's heading in ${notFocused} runs`);

  console.log(`\n## A launcher on a checkout page (fresh context, HTTP cache off; clicks: ${CLICK_RUNS} runs each way)\n`);
  console.log("| checkout page with | fetched before intent, KB (raw / gzip / brotli) | fetched on intent, brotli KB | click to usable form, cold, median (min) ms | pointer over 300 ms, then click: click to form, median (min) ms | vs Sentry (cold click) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  const sentryCold = median(launcher["sentry-launcher"].click.map((r) => r.ms));
  for (const [v, { label }] of Object.entries(LAUNCHERS)) {
    const r = launcher[v];
    const b = total(r.before);
    const cold = r.click.map((x) => x.ms);
    const warm = r.hover.map((x) => x.ms);
    console.log(
      `| ${label} | ${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.brotli)} | ${kb(total(r.after).brotli)} | ${median(cold).toFixed(1)} (${Math.min(...cold).toFixed(1)}) | ${median(warm).toFixed(1)} (${Math.min(...warm).toFixed(1)}) | ${ratio(median(cold), sentryCold)} |`,
    );
  }
  console.log("\n| launcher files | when | raw | gzip -9 | brotli -q 11 |\n|---|---|---:|---:|---:|");
  for (const [v, { label }] of Object.entries(LAUNCHERS)) {
    for (const f of launcher[v].before) console.log(`| ${label}: \`${f.url}\` | before intent | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
    for (const f of launcher[v].after) console.log(`| ${label}: \`${f.url}\` | on intent | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
  }
  console.log("");
  for (const [v, { label }] of Object.entries(LAUNCHERS)) {
    const held = launcher[v].held;
    console.log(`- ${label}: pointer over and press at once, released 100 ms later: the form opened in ${held.filter(Boolean).length} of ${held.length} clicks`);
  }
  const fromHover = median(launcher.launcher.hover.map((r) => r.readyAfterHover));
  console.log(
    `\nUsable: the dialog open with the form's heading in it (complaint-widget: focus on it too); Sentry: its onFormOpen with its form in the dialog. ` +
      `Sentry's form is bundled with its button, so its page fetches everything before intent. ` +
      `complaint-widget with the pointer over first: the form was built ${fromHover.toFixed(1)} ms after the pointer came over (median; the click came 300 ms after it).`,
  );
}

// ---------------------------------------------------------------------------
// Where the time goes: the script-tag page, cold, profiled.

/** Self time of a CPU profile's samples by kind of code, in ms. */
function cpuByKind(profile, from = -Infinity, to = Infinity) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const kindOf = (node) => {
    const { functionName: f, url } = node.callFrame;
    if (f === "(idle)") return "idle";
    if (f === "(garbage collector)") return "GC";
    if (f === "(program)") return "(program): native work, parsing, compiling, style, layout";
    if (url.endsWith(".wasm") || url.startsWith("wasm://")) return "wasm functions";
    if (f === "js-to-wasm" || f === "wasm-to-js") return "JS/wasm call wrappers";
    if (/^(compile|compileStreaming|instantiate|instantiateStreaming)$/.test(f) && !url) return "wasm compile + instantiate (main thread)";
    if (url.endsWith("/pkg/complaint-widget.js")) return "JS: entry (complaint-widget.js)";
    if (url.endsWith("/pkg/complaint-widget-core.js")) return "JS: glue (complaint-widget-core.js)";
    if (/\/pkg\/locales\//.test(url)) return "JS: strings (locales/*.js)";
    if (url) return "JS: page and other";
    return undefined;
  };
  const memo = new Map();
  const kind = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = nodes.get(id);
    // A built-in (DOM call, fetch) counts for the code that called it.
    let k = kindOf(node);
    if (k === undefined) k = parent.has(id) ? kind(parent.get(id)) : "other";
    if (k === undefined || node.callFrame.functionName === "(root)") k = "other";
    memo.set(id, k);
    return k;
  };
  const by = {};
  const wasm = {};
  const js = {};
  // A sample's time (µs, the browser's monotonic clock) is the start plus the
  // deltas up to it; it stands for the time until the next sample.
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const id = profile.samples[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (at < from || at > to) continue;
    const k = kind(id);
    by[k] = (by[k] || 0) + ms;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (url && k !== "wasm functions") {
      // A JS function by name and place in its (minified) file, 1-based.
      const f = `${functionName || "(anonymous)"} ${url.replace(/^.*\//, "")}:${lineNumber + 1}:${columnNumber + 1}`;
      js[f] = (js[f] || 0) + ms;
    }
    if (k === "wasm functions") wasm[functionName] = (wasm[functionName] || 0) + ms;
  }
  return { by, wasm, js };
}

/** A cold load of the script-tag page; its timing entries, and with `profile` its CPU profile by kind. */
async function profiledLoad(profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
  }
  await page.goto(`${base}/widget-tag.html`, { waitUntil: "commit" });
  await until(cdp, "window.__paintedAt", "widget-tag: form painted");
  const cpu = profile ? await cdp.send("Profiler.stop") : undefined;
  // Navigation start on the profile's clock (seconds), to count only the
  // samples from navigation to the form painted.
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const navigationStart = metrics.find((m) => m.name === "NavigationStart")?.value;
  const { result } = await cdp.send("Runtime.evaluate", {
    returnByValue: true,
    expression: `({
      resources: performance.getEntriesByType("resource").map((e) => ({ url: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
      measures: performance.getEntriesByType("measure").filter((m) => m.name.startsWith("complaint-widget:")).map((m) => ({ name: m.name.slice(17), start: m.startTime, end: m.startTime + m.duration })),
      marks: Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("bench:")).map((m) => [m.name.slice(6), m.startTime])),
    })`,
  });
  await context.close();
  if (!cpu) return result.value;
  const from = navigationStart === undefined ? -Infinity : navigationStart * 1e6;
  return { ...result.value, profileWindow: [cpu.profile.startTime - from, cpu.profile.endTime - from], ...cpuByKind(cpu.profile, from, from + result.value.marks.painted * 1000) };
}

// What the renderer's main thread did, by trace event (self time, nested
// events subtracted), grouped; splits what the CPU profile calls "(program)".
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "v8.wasm", "blink.user_timing", "loading"];
const TRACE_GROUPS = [
  ["style recalculation", /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/],
  ["layout", /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections)$/],
  ["pre-paint, paint, layerize, commit", /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|PaintSetup|RasterTask|Decode.*)$/],
  ["HTML parse", /^ParseHTML$/],
  ["CSS parse", /^(ParseAuthorStyleSheet|CSSParser.*|StyleSheet.*)$/i],
  ["JS compile (parse, compile, cache, tier-up)", /^(V8\.BytecodeBudgetInterrupt|v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground.*|V8\.ScriptCompiler|v8\.produceCache|v8\.produceModuleCache|v8\.deserializeOnBackground|V8\.CompileLazy.*|v8\.compile.*)$/i],
  ["wasm compile and instantiate", /wasm/i],
  ["document and JS context set-up (every page has it)", /^(DocumentLoader::.*|LocalWindowProxy::.*|V8\.DeserializeContext|ContextCreatedNotification|InstallConditionalFeatures|CommitLoad|HTMLDocumentParser::.*|DecodedDataDocumentParser::.*)$/],
  ["task work with no finer trace event", /^RunTask$/],
  ["GC", /GC|Heap|Sweep|Mark(ing)?\b/],
  ["JS and wasm running (with the DOM calls they make)", /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.callFunction|v8\.run|V8\.Execute|RunMicrotasks|EventDispatch|FireAnimationFrame|TimerFire|v8\.callModuleMethod.*|HandlePostMessage|XHRReadyStateChange)$/],
];
function traceByGroup(events) {
  const renderers = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain") renderers.set(`${e.pid}:${e.tid}`, true);
  const onMain = (e) => renderers.has(`${e.pid}:${e.tid}`);
  const painted = events.find((e) => e.name === "bench:painted" && onMain(e));
  if (!painted) return undefined;
  const thread = `${painted.pid}:${painted.tid}`;
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread);
  const nav = mine.filter((e) => e.name === "navigationStart" && e.ts <= painted.ts).sort((a, b) => b.ts - a.ts)[0];
  const from = nav ? nav.ts : -Infinity;
  const spans = mine.filter((e) => e.ph === "X" && e.dur > 0 && e.ts >= from && e.ts <= painted.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time on the thread's CPU clock (tdur; wall time where an event has
  // none), so time the thread spent waiting for a core is not counted: each
  // span less the spans directly inside it.
  const cpu = (e) => e.tdur ?? e.dur;
  const self = new Map();
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? cpu(parent)) - cpu(e));
    stack.push(e);
  }
  const by = {};
  const names = {};
  for (const e of spans) {
    const ms = Math.max(0, self.get(e) ?? cpu(e)) / 1000;
    const group = TRACE_GROUPS.find(([, re]) => re.test(e.name))?.[0] ?? "other";
    by[group] = (by[group] || 0) + ms;
    names[e.name] = (names[e.name] || 0) + ms;
  }
  return { by, names, windowMs: (painted.ts - from) / 1000 };
}

/** A cold load of the script-tag page under Chromium's tracing. */
async function tracedLoad() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${base}/widget-tag.html`, { waitUntil: "commit" });
  await until(cdp, "window.__paintedAt", "widget-tag: form painted");
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await context.close();
  return traceByGroup(trace.traceEvents ?? trace);
}

if (PARTS.has("breakdown")) {
  // Phases from loads without the profiler (sampling every 100 µs slows the
  // page down), the CPU split from profiled ones, alternating.
  const runs = [];
  const profiled = [];
  const traced = [];
  for (let i = 0; i < PROFILE_RUNS; i++) {
    runs.push(await profiledLoad(false));
    profiled.push(await profiledLoad(true));
    const t = await tracedLoad();
    if (t) traced.push(t);
  }
  out.breakdown = { runs, profiled, traced };
  const file = (r, re) => r.resources.find((e) => re.test(e.url));
  const measureOf = (r, name) => r.measures.find((m) => m.name === name);
  // Each phase: [label, from, to] in ms after navigation start, per run.
  const PHASES = [
    ["entry fetched (`complaint-widget.js`)", (r) => file(r, /\/complaint-widget\.js$/).start, (r) => file(r, /\/complaint-widget\.js$/).end],
    ["entry parsed and run, up to asking for the module", (r) => file(r, /\/complaint-widget\.js$/).end, (r) => measureOf(r, "load").start],
    ["glue fetched (`complaint-widget-core.js`)", (r) => file(r, /complaint-widget-core\.js$/).start, (r) => file(r, /complaint-widget-core\.js$/).end],
    ["wasm fetched (`complaint-widget.wasm`, compiled as it streams)", (r) => file(r, /\.wasm$/).start, (r) => file(r, /\.wasm$/).end],
    ["strings fetched (`locales/en.js`)", (r) => file(r, /\/locales\//).start, (r) => file(r, /\/locales\//).end],
    ["compile finished + instantiate, after the last of glue and wasm", (r) => Math.max(file(r, /\.wasm$/).end, file(r, /complaint-widget-core\.js$/).end), (r) => measureOf(r, "load").end],
    ["module ready to form build starting (strings, locale)", (r) => measureOf(r, "load").end, (r) => measureOf(r, "mount").start],
    ["form build (`complaint-widget:mount`)", (r) => measureOf(r, "mount").start, (r) => measureOf(r, "mount").end],
    ["ready event to the next frame", (r) => r.marks.ready, (r) => r.marks.frame],
    ["style, layout, paint of that frame (main thread)", (r) => r.marks.frame, (r) => r.marks.painted],
    ["**navigation to the form painted**", () => 0, (r) => r.marks.painted],
  ];
  console.log(`\n## Where the widget's time goes: the script-tag page, cold (medians of ${PROFILE_RUNS} loads each: plain, CPU-profiled, traced)\n`);
  console.log("| phase | from ms | to ms | takes ms |\n|---|---:|---:|---:|");
  for (const [label, from, to] of PHASES) {
    const ok = runs.filter((r) => {
      try {
        return Number.isFinite(from(r)) && Number.isFinite(to(r));
      } catch {
        return false;
      }
    });
    if (!ok.length) {
      console.log(`| ${label} | - | - | - |`);
      continue;
    }
    console.log(`| ${label} | ${median(ok.map(from)).toFixed(1)} | ${median(ok.map(to)).toFixed(1)} | ${median(ok.map((r) => to(r) - from(r))).toFixed(1)} |`);
  }
  const kinds = [...new Set(profiled.flatMap((r) => Object.keys(r.by)))].filter((k) => k !== "idle");
  const busy = median(profiled.map((r) => kinds.reduce((t, k) => t + (r.by[k] || 0), 0)));
  console.log(`\n| main thread from navigation to the form painted (CPU profile, 100 µs samples, ${profiled.length} loads; wall time, so a busy machine inflates it) | ms | share |\n|---|---:|---:|`);
  const of = (k) => median(profiled.map((r) => r.by[k] || 0));
  for (const k of kinds.filter((k) => of(k) >= 0.05).sort((a, b) => of(b) - of(a))) {
    const ms = of(k);
    console.log(`| ${k} | ${ms.toFixed(1)} | ${((100 * ms) / busy).toFixed(0)} % |`);
  }
  console.log(`| **busy (all but idle)** | ${busy.toFixed(1)} | |`);
  console.log(`| idle | ${of("idle").toFixed(1)} | |`);
  if (traced.length) {
    const groups = [...new Set(traced.flatMap((r) => Object.keys(r.by)))];
    const tg = (g) => median(traced.map((r) => r.by[g] || 0));
    const tbusy = median(traced.map((r) => groups.reduce((t, g) => t + (r.by[g] || 0), 0)));
    console.log(`\n| main thread from navigation to the form painted (trace events' CPU time, nested events subtracted, ${traced.length} loads) | ms | share |\n|---|---:|---:|`);
    for (const g of groups.filter((g) => tg(g) >= 0.05).sort((a, b) => tg(b) - tg(a))) console.log(`| ${g} | ${tg(g).toFixed(1)} | ${((100 * tg(g)) / tbusy).toFixed(0)} % |`);
    console.log(`| **busy** | ${tbusy.toFixed(1)} | |`);
    console.log(`| navigation to the form painted, traced | ${median(traced.map((r) => r.windowMs)).toFixed(1)} | |`);
  }
  const fns = [...new Set(profiled.flatMap((r) => Object.keys(r.wasm)))];
  const fnMs = (f) => median(profiled.map((r) => r.wasm[f] || 0));
  const top = fns.sort((a, b) => fnMs(b) - fnMs(a)).slice(0, 5);
  console.log(`\nLargest wasm functions by self time (shipped module, no names; indices count imports): ${top.map((f) => `${f} ${fnMs(f).toFixed(1)} ms`).join(", ")}`);
  const jsFns = [...new Set(profiled.flatMap((r) => Object.keys(r.js)))];
  const jsMs = (f) => median(profiled.map((r) => r.js[f] || 0));
  const jsTop = jsFns.sort((a, b) => jsMs(b) - jsMs(a)).slice(0, 5);
  console.log(`Largest JS functions by self time, with the DOM and CSS work they call: ${jsTop.map((f) => `\`${f}\` ${jsMs(f).toFixed(1)} ms`).join(", ")}`);
}

// ---------------------------------------------------------------------------
// Validation cost inside the wasm module (a build with the bench feature).
if (PARTS.has("validation")) {
  if (!existsSync(join(site, "bench-core/complaint_widget.js"))) {
    console.log("\nValidation cost: skipped, bench/site/bench-core is not built (scripts/bench builds it).");
  } else {
    const vctx = await browser.newContext();
    const vpage = await vctx.newPage();
    await vpage.goto(`${base}/validate.html`);
    await vpage.waitForFunction(() => window.__validation !== undefined, null, { timeout: 60_000 });
    const validation = await vpage.evaluate(() => window.__validation);
    await vctx.close();
    out.validation = validation;
    console.log("\n| validation in the wasm module | iterations | µs per iteration |\n|---|---:|---:|");
    for (const v of validation) {
      console.log(`| ${v.what === "full" ? "a full complaint form" : "one keystroke (set, count, errors)"} | ${v.iterations} | ${v.microsPerIteration.toFixed(3)} |`);
    }
  }
}
await browser.close();
server.close();

if (problems.length) console.log(`\nErrors on pages: ${problems.join("; ")}`);
out.problems = problems;
mkdirSync(join(root, "out"), { recursive: true });
writeFileSync(join(root, "out/bench.json"), JSON.stringify(out, null, 2));
console.log("\nRaw numbers: out/bench.json");
