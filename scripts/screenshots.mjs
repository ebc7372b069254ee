// Pictures of the widget for the README: the inline form (the demo page `/`)
// and the launcher's open dialog (`/checkout.html`), each at 1280 and 360 px
// wide, in English, served by the reference endpoint from www/ (build it
// first with scripts/build and `cargo build -p complaint-endpoint`).
//   node scripts/screenshots.mjs [out-dir]      (default: docs/)
// Uses Debian's Chromium through playwright-core, with the test layer's flags.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";

const root = new URL("../", import.meta.url).pathname;
const out = process.argv[2] || `${root}docs`;
mkdirSync(out, { recursive: true });

const bin = process.env.CW_SERVER || `${root}target/debug/complaint-endpoint`;
const server = spawn(bin, ["--port", "0", "--www", `${root}www`, "--stop-on-eof"], { stdio: ["pipe", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.once("exit", (code) => reject(new Error(`the endpoint stopped (${code})`)));
  server.stdout.setEncoding("utf8");
  server.stdout.on("data", (chunk) => {
    const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk);
    if (m) resolve(m[1]);
  });
});

const shots = [
  // The inline form on the demo page, whole page.
  ["inline", "/?locale=en", async () => {}, { fullPage: true }],
  // The launcher's dialog, open on the merchant's checkout page.
  ["launcher", "/checkout.html", async (page) => {
    await page.locator("#help >> .cw-launcher").click();
    await page.waitForSelector("#help >> dialog[open]");
    await page.mouse.move(0, 0); // no card under the pointer, so none shows its hover state
  }, { fullPage: false }],
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  for (const [name, path, prepare, options] of shots) {
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      const context = await browser.newContext({ viewport: { width, height }, locale: "en-US", deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${url}${path}`);
      await page.waitForSelector("html[data-ready=true]");
      await prepare(page);
      const file = `${out}/${name}-${width}.png`;
      await page.screenshot({ path: file, ...options });
      console.log(`screenshots: ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stdin.end();
}
