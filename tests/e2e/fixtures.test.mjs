// Every named state of the form, in English and Dutch: zero axe violations
// (WCAG 2.2 A/AA), no console errors or CSP violations, and no message id
// shown in place of a message. Set SCREENSHOTS=dir to also save a picture of
// each at 1280 and 360 px wide.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { startServer, launch, newPage, open, axe, widgetTexts, MISSING_MESSAGE } from "./harness.mjs";

const source = readFileSync(new URL("../../src/fixtures.rs", import.meta.url), "utf8");
const names = [...source.match(/pub const NAMES: &\[&str\] = &\[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const screenshots = process.env.SCREENSHOTS;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
  if (screenshots) mkdirSync(screenshots, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the fixture list is the one the widget knows", () => {
  assert.ok(names.length >= 15, `found ${names.length} fixtures`);
  assert.ok(names.includes("complaint-gate-yes-errors") && names.includes("server-error") && names.includes("confirmation"));
});

for (const locale of ["en", "nl"]) {
  for (const name of names) {
    test(`${name} (${locale}): accessible, complete, no errors`, { timeout: 60_000 }, async () => {
      const page = await newPage(browser);
      try {
        await open(page, `${server.url}/fixtures.html?fixture=${name}&locale=${locale}&market=NL`);
        assert.equal(await page.locator(".cw").getAttribute("lang"), locale);
        assert.deepEqual(await axe(page), [], "axe violations");
        const missing = (await widgetTexts(page)).filter((t) => MISSING_MESSAGE.test(t));
        assert.deepEqual(missing, [], "message ids shown instead of messages");
        if (name.endsWith("-errors")) {
          const links = await page.locator(".cw-summary-link").count();
          const inline = await page.locator(".cw-error:not([hidden])").count();
          assert.ok(links > 0, "the summary lists the errors");
          assert.equal(inline, links, "each summary entry has an inline message");
        }
        if (screenshots) {
          for (const width of [1280, 360]) {
            await page.setViewportSize({ width, height: 900 });
            await page.screenshot({ path: `${screenshots}/${name}.${locale}.${width}.png`, fullPage: true });
          }
        }
        assert.deepEqual(await page.problems(), []);
      } finally {
        await page.closeAll();
      }
    });
  }
}
