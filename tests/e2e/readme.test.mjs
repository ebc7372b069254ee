// The README's HTML snippets work as written: each is taken from README.md,
// put in a page of its own, served by the reference endpoint the way
// ./scripts/demo serves the demo (the widget at /pkg/, the endpoint at
// /api/submissions), and a complaint is sent through it. When the README and
// the code disagree (a path, an attribute, an endpoint), this fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, symlinkSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, newPage } from "./harness.mjs";

const root = new URL("../../", import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, "utf8");
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);

let server, browser, site;
before(async () => {
  site = mkdtempSync(join(tmpdir(), "cw-readme-"));
  symlinkSync(`${root}www/pkg`, join(site, "pkg"));
  snippets.forEach((html, i) => {
    writeFileSync(
      join(site, `snippet-${i + 1}.html`),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>README snippet ${i + 1}</title></head>\n<body>\n<main>\n${html}</main>\n</body>\n</html>\n`,
    );
  });
  server = await startServer(["--www", site]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

test("the README has HTML snippets to check", () => {
  assert.ok(snippets.length >= 3, `found ${snippets.length}`);
});

for (let i = 0; i < snippets.length; i++) {
  test(`README snippet ${i + 1} works as written against the reference endpoint`, { timeout: 60_000 }, async () => {
    const page = await newPage(browser);
    try {
      await page.goto(`${server.url}/snippet-${i + 1}.html`);
      // A launcher shows its button first and loads the form when used.
      await page.waitForFunction(() => document.querySelector("complaint-widget")?.shadowRoot?.querySelector(".cw-frame"), null, { timeout: 15_000 });
      if (await page.locator(".cw-launcher").count()) await page.click(".cw-launcher");
      await page.waitForFunction(() => document.querySelector("complaint-widget")?.widget?.step, null, { timeout: 15_000 });
      const marker = `README snippet ${i + 1} says hello`;
      await page.click("#cw-choose-feedback");
      await page.check("#cw-feedback-topic-payment");
      await page.fill("#cw-feedback-message", marker);
      await page.click("#cw-submit");
      await page.waitForFunction(() => document.querySelector("complaint-widget").widget.step === "privacy");
      await page.click("#cw-submit");
      await page.locator("#cw-reference").waitFor({ timeout: 20_000 });
      const reference = (await page.locator("#cw-reference").textContent()).trim();
      const rows = (await server.submissions()).filter((r) => JSON.stringify(r.body).includes(marker));
      assert.deepEqual(rows.map((r) => r.reference), [reference]);
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });
}
