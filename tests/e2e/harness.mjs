// Shared pieces of the end-to-end tests: the reference endpoint on a port the
// test picks, Debian's Chromium through playwright-core, axe-core, and a few
// helpers that look at the page the way a shopper's tools do.
import { spawn } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { before, after } from "node:test";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = new URL("../../", import.meta.url).pathname;
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * Starts the reference endpoint serving www/ on a free port; it stops when we
 * close its stdin. `staff`: the staff tokens it accepts, as `name:token`
 * (`;`-separated), passed in CW_STAFF_TOKENS.
 */
export async function startServer(extra = [], { staff } = {}) {
  const bin = process.env.CW_SERVER || `${root}target/debug/complaint-endpoint`;
  const child = spawn(bin, ["--port", "0", "--www", `${root}www`, "--test-controls", "--stop-on-eof", "--max-seconds", "900", ...extra], {
    stdio: ["pipe", "pipe", "inherit"],
    env: staff ? { ...process.env, CW_STAFF_TOKENS: staff } : process.env,
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the endpoint did not start within 10 s")), 10_000);
    child.once("error", reject);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
  });
  return {
    url,
    async submissions() {
      const res = await fetch(`${url}/api/_test/submissions`);
      return res.json();
    },
    /** The stored submissions whose body contains `text`. */
    async rowsWith(text) {
      return (await this.submissions()).filter((r) => JSON.stringify(r.body).includes(text));
    },
    /** Queues misbehaviours for the next submissions (see the README's test routes). */
    async script(steps) {
      const res = await fetch(`${url}/api/_test/script`, { method: "POST", body: JSON.stringify(steps) });
      if (res.status !== 204) throw new Error(`the endpoint refused the script: HTTP ${res.status}`);
    },
    /** `{ requests, scriptLeft, streamed }` so far. */
    async stats() {
      return (await fetch(`${url}/api/_test/stats`)).json();
    },
    async stop() {
      child.stdin.end();
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    },
  };
}

/**
 * Registers the hooks every test file needs: the reference endpoint and
 * Chromium started before the tests (and a screenshot folder made, if
 * asked), both stopped after. `ready(server, browser)` receives them.
 */
export function withServerAndBrowser(ready, { screenshots, args = [], staff } = {}) {
  let server, browser;
  before(async () => {
    server = await startServer(args, { staff });
    browser = await launch();
    if (screenshots) mkdirSync(screenshots, { recursive: true });
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A fresh page that records console errors, uncaught exceptions and CSP
 * violations, so a test can assert there were none.
 */
export async function newPage(browser, { width = 1280, height = 900, locale = "en-US", touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, hasTouch: touch });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`exception: ${err.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.problems = async () => [...problems, ...(await page.evaluate(() => window.__csp || [])).map((v) => `csp: ${v}`)];
  page.closeAll = () => context.close();
  return page;
}

/** Opens a page and waits until the widget has mounted. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]");
  await page.waitForSelector(".cw");
}

/** axe-core on the whole page, shadow roots included, WCAG 2.x A and AA. */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/** The element that has focus, looking through shadow roots. */
export async function active(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? { id: a.id, tag: a.tagName, text: (a.textContent || "").trim().slice(0, 120) } : null;
  });
}

/** Presses Tab (or Shift+Tab) until the element with this id has focus. */
export async function tabTo(page, id, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if ((await active(page))?.id === id) return;
  }
  throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached #${id}; focus is on ${JSON.stringify(await active(page))}`);
}

/** Every text the widget shows, through its shadow root. */
export async function widgetTexts(page) {
  return page.evaluate(() => {
    const out = [];
    for (const host of document.querySelectorAll("*")) {
      if (!host.shadowRoot) continue;
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const t = walker.currentNode.textContent.trim();
        if (t) out.push(t);
      }
    }
    return out;
  });
}

/** Texts that look like a Fluent message id shown instead of its message. */
export const MISSING_MESSAGE = /^-?[a-z]+(-[a-z0-9_]+)+$/;
