// The eight languages in a real browser: each renders its first step and an
// error state completely (no message id shown, zero axe violations), the
// language is negotiated as documented, only that language's strings are
// downloaded, the language can change without losing answers, and merchant
// overrides work or fall back loudly. SCREENSHOTS=dir saves each state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, axe, widgetTexts, MISSING_MESSAGE } from "./harness.mjs";

const LANGUAGES = ["en", "nl", "sv", "nb", "fr", "de", "da", "fi"];
const screenshots = process.env.SCREENSHOTS;
let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
}, { screenshots });

for (const lang of LANGUAGES) {
  test(`${lang}: first step and error state are complete and accessible`, { timeout: 60_000 }, async () => {
    const page = await newPage(browser);
    const fetched = [];
    page.on("request", (r) => {
      const m = /\/locales\/([a-z]+)\.js$/.exec(r.url());
      if (m) fetched.push(m[1]);
    });
    try {
      for (const fixture of ["choose", "complaint-gate-yes-errors", "confirmation-escalation"]) {
        await open(page, `${server.url}/fixtures.html?fixture=${fixture}&locale=${lang}&market=SE`);
        assert.equal(await page.locator(".cw").getAttribute("lang"), lang);
        const texts = await widgetTexts(page);
        assert.deepEqual(texts.filter((t) => MISSING_MESSAGE.test(t) || t.includes("{$")), [], "unformatted messages");
        assert.ok(!texts.some((t) => /\bODR\b/.test(t)), "never the closed ODR platform");
        assert.deepEqual(await axe(page), [], `${fixture}: axe violations`);
        if (screenshots && fixture !== "confirmation-escalation") {
          await page.screenshot({ path: `${screenshots}/${lang}.${fixture}.png`, fullPage: true });
        }
      }
      assert.deepEqual([...new Set(fetched)], [lang], "only this language's strings were downloaded");
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });
}

async function shown(query, contextLocale = "en-US") {
  const page = await newPage(browser, { locale: contextLocale });
  try {
    await open(page, `${server.url}/fixtures.html?${query}`);
    return await page.locator(".cw").getAttribute("lang");
  } finally {
    await page.closeAll();
  }
}

test("negotiation: option > host lang > html lang > navigator.languages > English", { timeout: 60_000 }, async () => {
  assert.equal(await shown("locale=da&hostLang=fr&htmlLang=sv"), "da");
  assert.equal(await shown("hostLang=fr-CA&htmlLang=sv"), "fr");
  assert.equal(await shown("htmlLang=sv-FI"), "sv");
  assert.equal(await shown("htmlLang=", "nb-NO"), "nb");
  assert.equal(await shown("htmlLang=no"), "nb");
  assert.equal(await shown("htmlLang=", "pt-BR"), "en");
});

test("the language changes at run time and every answer stays", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, `${server.url}/?locale=en`);
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-no");
    await page.fill("#cw-what-went-wrong", "Twice charged.");
    await page.selectOption("#demo-locale", "de");
    await page.waitForSelector(".cw[lang=de]");
    assert.equal(await page.locator("#cw-what-went-wrong").inputValue(), "Twice charged.");
    assert.equal(await page.locator("#cw-contacted-before-no").isChecked(), true);
    assert.notEqual(await page.locator("h2").textContent(), "Make a complaint");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("merchant brand and message overrides; a broken override falls back loudly", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    const override = JSON.stringify({ "button-continue": "Verder naar { -brand }", "step-complaint-title": "Klacht { $nope }" });
    await open(page, `${server.url}/fixtures.html?fixture=complaint&locale=nl&brand=Fietsen%20BV&override=${encodeURIComponent(override)}`);
    assert.equal(await page.locator("#cw-submit").textContent(), "Verder naar Fietsen BV");
    assert.match(await page.locator(".cw").getAttribute("aria-label"), /^Fietsen BV/);
    assert.equal(await page.locator("h2").textContent(), "Een klacht indienen", "built-in text, never blank");
    const problems = await page.problems();
    assert.equal(problems.length, 1);
    assert.match(problems[0], /step-complaint-title.*\$nope/);
  } finally {
    await page.closeAll();
  }
});
