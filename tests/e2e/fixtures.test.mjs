// Every named state of the form, in English and Dutch: zero axe violations
// (WCAG 2.2 A/AA), no console errors or CSP violations, and no message id
// shown in place of a message. Set SCREENSHOTS=dir to also save a picture of
// each at 1280 and 360 px wide.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withServerAndBrowser, newPage, open, axe, widgetTexts, MISSING_MESSAGE } from "./harness.mjs";

const source = readFileSync(new URL("../../src/fixtures.rs", import.meta.url), "utf8");
const names = [...source.match(/pub const NAMES: &\[&str\] = &\[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const screenshots = process.env.SCREENSHOTS;

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
}, { screenshots });

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

// WCAG 1.4.10 reflow: at 320 CSS px (and 640, a 1280 px screen at 200 %
// zoom) nothing scrolls sideways, in languages with long words too.
for (const width of [320, 640]) {
  test(`reflow at ${width} px: no horizontal scrolling`, { timeout: 120_000 }, async () => {
    const page = await newPage(browser, { width, height: 800 });
    try {
      for (const locale of ["en", "fi", "de"]) {
        for (const name of ["choose", "complaint-gate-no-errors", "purchase-problem-errors", "confirmation-escalation", "server-error"]) {
          await open(page, `${server.url}/fixtures.html?fixture=${name}&locale=${locale}&market=SE`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${name} (${locale}) at ${width} px scrolls sideways by ${overflow} px`);
        }
      }
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });
}
