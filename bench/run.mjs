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
    t.focused = await until(cdp, `document.querySelector("complaint-widget").shadowRoot.activeElement?.id === "cw-title" || undefined`, `${variant}: focus on the form's heading`, 5_000);
  }
  await context.close();
  if (errors.length) problems.push(`${variant}: ${errors.join("; ")}`);
  return { ms: t.form - t.click, fromHover: hover ? t.form - t.hover : undefined, readyAfterClick: t.ready === undefined ? undefined : t.ready - t.click, focused: t.focused };
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
  for (const [v, { label }] of Object.entries(LAUNCHERS)) {
    const held = launcher[v].held;
    console.log(`\n- ${label}: pointer over and press at once, released 100 ms later: the form opened in ${held.filter(Boolean).length} of ${held.length} clicks`);
  }
  const fromHover = median(launcher.launcher.hover.map((r) => r.fromHover));
  console.log(
    `\nUsable: the dialog open with the form's heading in it (complaint-widget: focus on it too); Sentry: its onFormOpen with its form in the dialog. ` +
      `Sentry's form is bundled with its button, so its page fetches everything before intent. ` +
      `complaint-widget with the pointer over first: pointer over to usable form ${fromHover.toFixed(1)} ms (median).`,
  );
}

// ---------------------------------------------------------------------------
// Where the time goes: the script-tag page, cold, profiled.

/** Self time of a CPU profile's samples by kind of code, in ms. */
function cpuByKind(profile) {
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
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const k = kind(id);
    by[k] = (by[k] || 0) + ms;
    if (k === "wasm functions") {
      const f = nodes.get(id).callFrame.functionName;
      wasm[f] = (wasm[f] || 0) + ms;
    }
  }
  return { by, wasm };
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
  const { result } = await cdp.send("Runtime.evaluate", {
    returnByValue: true,
    expression: `({
      resources: performance.getEntriesByType("resource").map((e) => ({ url: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
      measures: performance.getEntriesByType("measure").filter((m) => m.name.startsWith("complaint-widget:")).map((m) => ({ name: m.name.slice(17), start: m.startTime, end: m.startTime + m.duration })),
      marks: Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("bench:")).map((m) => [m.name.slice(6), m.startTime])),
    })`,
  });
  await context.close();
  return cpu ? { ...result.value, ...cpuByKind(cpu.profile) } : result.value;
}

if (PARTS.has("breakdown")) {
  // Phases from loads without the profiler (sampling every 100 µs slows the
  // page down), the CPU split from profiled ones, alternating.
  const runs = [];
  const profiled = [];
  for (let i = 0; i < PROFILE_RUNS; i++) {
    runs.push(await profiledLoad(false));
    profiled.push(await profiledLoad(true));
  }
  out.breakdown = { runs, profiled };
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
  console.log(`\n## Where the widget's time goes: the script-tag page, cold (${PROFILE_RUNS} profiled loads, medians)\n`);
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
  console.log("\n| main thread from navigation to the form painted (CPU profile, 100 µs samples) | ms | share |\n|---|---:|---:|");
  const of = (k) => median(profiled.map((r) => r.by[k] || 0));
  for (const k of kinds.sort((a, b) => of(b) - of(a))) {
    const ms = of(k);
    console.log(`| ${k} | ${ms.toFixed(1)} | ${((100 * ms) / busy).toFixed(0)} % |`);
  }
  console.log(`| **busy (all but idle)** | ${busy.toFixed(1)} | |`);
  console.log(`| idle | ${of("idle").toFixed(1)} | |`);
  const fns = [...new Set(profiled.flatMap((r) => Object.keys(r.wasm)))];
  const fnMs = (f) => median(profiled.map((r) => r.wasm[f] || 0));
  const top = fns.sort((a, b) => fnMs(b) - fnMs(a)).slice(0, 5);
  console.log(`\nLargest wasm functions by self time (shipped module, no names; indices count imports): ${top.map((f) => `${f} ${fnMs(f).toFixed(1)} ms`).join(", ")}`);
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
