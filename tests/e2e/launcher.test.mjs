// The launcher on a phone and on a desktop: the dialog's header (the widget's
// name and an icon Close button with a name and a 24 px target at least), a
// bottom sheet below 480 px, the step indicator and its one announcement,
// whole choice cards that choose, keyboard-only open and close, forced
// colors, and axe in each of these states, in English and Dutch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, axe, active } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const TEXT = {
  en: {
    name: "Customer service: feedback and complaints", close: "Close", complaint: "Make a complaint", privacy: "How we handle your information",
    step: (n) => `Step ${n} of 3`, announced: (title, n) => `${title} (step ${n} of 3)`,
  },
  nl: {
    name: "Klantenservice: feedback en klachten", close: "Sluiten", complaint: "Een klacht indienen", privacy: "Zo gaan we om met je gegevens",
    step: (n) => `Stap ${n} van 3`, announced: (title, n) => `${title} (stap ${n} van 3)`,
  },
};

/** The lab page with one widget mounted by page code. */
async function lab(options, size) {
  const page = await newPage(browser, size);
  await page.goto(`${server.url}/lab.html`);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(async (o) => {
    const el = document.createElement("div");
    el.id = "w";
    document.getElementById("slots").append(el);
    window.widgets.push(await window.cw.mount(el, o));
  }, { endpoint: "/api/submissions", market: "NL", ...options });
  return page;
}

const launcher = (locale, size) => lab({ presentation: "launcher", locale }, size);

/**
 * Waits for the form in the open dialog, with focus on its heading (the
 * dialog opens at once; the form comes when the module has loaded).
 */
async function formShown(page) {
  await page.waitForSelector("dialog[open] .cw-title");
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.activeElement?.id === "cw-title", null, { timeout: 5_000 }).catch(() => {});
}

/** Opens the dialog with the keyboard, as a shopper without a mouse does. */
async function openByKeyboard(page) {
  await page.locator(".cw-launcher").focus();
  await page.keyboard.press("Enter");
  await formShown(page);
}

/** Boxes of the dialog and of the viewport, and whether anything scrolls sideways. */
async function geometry(page) {
  return page.evaluate(() => {
    const root = document.getElementById("w").shadowRoot;
    const box = (e) => e.getBoundingClientRect().toJSON();
    const shell = root.querySelector(".cw");
    return {
      dialog: box(root.querySelector("dialog")),
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      sideways: Math.max(shell.scrollWidth - shell.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth),
      shell: { scrollHeight: shell.scrollHeight, clientHeight: shell.clientHeight, overflowY: getComputedStyle(shell).overflowY },
    };
  });
}

for (const locale of ["en", "nl"]) {
  const t = TEXT[locale];

  test(`launcher header (${locale}): the widget's name and an icon Close button, named, 24 px or more`, { timeout: 60_000 }, async () => {
    for (const width of [1280, 360]) {
      const page = await launcher(locale, { width, height: 740 });
      try {
        await openByKeyboard(page);
        const dialog = page.getByRole("dialog", { name: t.name });
        assert.equal(await dialog.count(), 1, "the dialog is named by its header's title");
        assert.equal((await page.locator(".cw-dialog-title").textContent()).trim(), t.name);
        const close = dialog.getByRole("button", { name: t.close, exact: true });
        assert.equal(await close.count(), 1, "Close has its accessible name");
        assert.equal((await close.textContent()).trim(), "", "Close is an icon, not a text bar");
        assert.equal(await close.getAttribute("style"), null);
        const c = await close.boundingBox();
        const title = await page.locator(".cw-dialog-title").boundingBox();
        const heading = await page.locator("#cw-title").boundingBox();
        assert.ok(c.width >= 24 && c.height >= 24, `Close is ${c.width}×${c.height} px`);
        assert.ok(c.width >= 44 && c.height >= 44, `Close is a touch-sized ${c.width}×${c.height} px`);
        assert.ok(c.x > title.x + title.width - 1, "Close sits beside the title, after it");
        assert.ok(Math.abs(c.y + c.height / 2 - (title.y + title.height / 2)) <= 2, "Close and the title share a line");
        assert.ok(heading.y >= c.y + c.height, "the step's heading starts below the header");
        // The drawn icon has ink.
        const ink = await close.evaluate((b) => [getComputedStyle(b, "::before").backgroundColor, getComputedStyle(b, "::after").width]);
        assert.notEqual(ink[0], "rgba(0, 0, 0, 0)");
        assert.notEqual(ink[1], "auto");
        assert.deepEqual(await axe(page), [], `axe with the dialog open at ${width} px`);
        await close.click();
        await page.waitForSelector("dialog:not([open])", { state: "attached" });
        assert.equal((await active(page))?.tag, "BUTTON", "focus is back on the launcher");
        assert.deepEqual(await page.problems(), []);
      } finally {
        await page.closeAll();
      }
    }
  });

  test(`bottom sheet below 480 px (${locale}): full width, on the bottom edge, scrolling inside`, { timeout: 60_000 }, async () => {
    const page = await launcher(locale, { width: 360, height: 640 });
    try {
      await openByKeyboard(page);
      let g = await geometry(page);
      assert.equal(g.dialog.x, 0);
      assert.equal(g.dialog.width, g.viewport.width, "the sheet fills the width");
      assert.ok(Math.abs(g.dialog.bottom - g.viewport.height) <= 1, `the sheet sits on the bottom edge (${g.dialog.bottom} of ${g.viewport.height})`);
      // The longest step: taller than the screen, so it scrolls inside the sheet.
      await page.locator("#cw-choose-complaint").click();
      await page.locator("#cw-contacted-before-no").check();
      await page.locator("#cw-submit").click();
      g = await geometry(page);
      assert.ok(g.dialog.y >= 0 && g.dialog.height < g.viewport.height, `the sheet stays on screen (${g.dialog.y}, ${g.dialog.height})`);
      assert.equal(g.shell.overflowY, "auto");
      assert.ok(g.shell.scrollHeight > g.shell.clientHeight, "the form scrolls inside the sheet");
      assert.ok(g.sideways <= 0, `scrolls sideways by ${g.sideways} px`);
      assert.equal(await page.locator(".cw-close").isVisible(), true, "Close stays in view");
      assert.deepEqual(await axe(page), [], "axe on the sheet with errors");
      // At 320 px nothing scrolls sideways; at 1280 px it is a centred dialog.
      await page.setViewportSize({ width: 320, height: 640 });
      g = await geometry(page);
      assert.ok(g.sideways <= 0, `at 320 px scrolls sideways by ${g.sideways} px`);
      assert.equal(g.dialog.width, 320);
      await page.setViewportSize({ width: 1280, height: 800 });
      g = await geometry(page);
      assert.ok(g.dialog.width < 1280 && g.dialog.width >= 600, `a dialog, not a sheet, at 1280 px (${g.dialog.width})`);
      assert.ok(Math.abs(g.dialog.x + g.dialog.width / 2 - 640) <= 1, "centred");
      assert.ok(g.dialog.bottom < 800, "off the bottom edge");
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });

  test(`step indicator (${locale}): where the shopper is, said once by the polite status region`, { timeout: 60_000 }, async () => {
    const page = await lab({ locale });
    try {
      const progress = page.locator(".cw-progress");
      const status = page.locator("[role=status]");
      assert.equal(await progress.textContent(), t.step(1));
      await page.locator("#cw-choose-complaint").click();
      await page.locator("h2", { hasText: t.complaint }).waitFor();
      assert.equal(await progress.textContent(), t.step(2));
      assert.equal(await status.textContent(), t.announced(t.complaint, 2));
      assert.equal(await status.getAttribute("aria-live"), "polite");
      // One live region: the indicator itself is not one.
      assert.equal(await page.locator("[aria-live], [role=status], [role=alert], [role=log]").count(), 1);
      assert.deepEqual(await axe(page), [], "axe on step 2");
      // Back to the start, then the feedback flow to its last step.
      await page.locator("#cw-back").click();
      await page.locator("#cw-choose-feedback").waitFor();
      assert.equal(await progress.textContent(), t.step(1));
      await page.locator("#cw-choose-feedback").click();
      await page.locator("#cw-feedback-topic-app").check();
      await page.locator("#cw-feedback-message").fill("Works well.");
      await page.locator("#cw-submit").click();
      await page.waitForFunction((s) => document.getElementById("w").shadowRoot.querySelector(".cw-progress")?.textContent === s, t.step(3));
      assert.equal(await status.textContent(), t.announced(t.privacy, 3));
      // The confirmation is no step to complete: no indicator.
      await page.locator("#cw-submit").click();
      await page.locator("#cw-reference").waitFor();
      assert.equal(await progress.count(), 0);
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });

  test(`choice cards (${locale}): clicking a card's hint chooses; one button per card, nothing nested`, { timeout: 60_000 }, async () => {
    for (const presentation of ["inline", "launcher"]) {
      const page = await lab({ locale, presentation }, { width: 360, height: 740 });
      try {
        if (presentation === "launcher") await openByKeyboard(page);
        const cards = await page.evaluate(() =>
          [...document.getElementById("w").shadowRoot.querySelectorAll(".cw-choice")].map((li) => ({
            controls: li.querySelectorAll("button, a, input, select, textarea, [tabindex]").length,
            nested: li.querySelectorAll("button button, button a, a button").length,
          })),
        );
        assert.deepEqual(cards, [{ controls: 1, nested: 0 }, { controls: 1, nested: 0 }, { controls: 1, nested: 0 }]);
        const hint = await page.locator("#cw-choose-complaint-hint").boundingBox();
        await page.mouse.click(hint.x + hint.width / 2, hint.y + hint.height / 2);
        await page.locator("h2", { hasText: t.complaint }).waitFor();
        assert.equal(await page.evaluate(() => window.widgets[0].step), "complaint");
        assert.deepEqual(await page.problems(), []);
      } finally {
        await page.closeAll();
      }
    }
  });

  test(`keyboard only (${locale}): open, focus on the heading, Close reachable, Escape, focus back`, { timeout: 60_000 }, async () => {
    const page = await launcher(locale, { width: 360, height: 740 });
    try {
      // From the top of the page to the launcher with Tab.
      for (let i = 0; i < 10 && (await active(page))?.tag !== "BUTTON"; i++) await page.keyboard.press("Tab");
      assert.equal((await active(page)).text, t.name);
      await page.keyboard.press("Enter");
      await formShown(page);
      assert.equal((await active(page)).id, "cw-title", "focus on the step's heading");
      // Shift+Tab from the heading reaches Close; Enter closes.
      await page.keyboard.press("Shift+Tab");
      const close = await page.evaluate(() => document.getElementById("w").shadowRoot.activeElement?.getAttribute("aria-label"));
      assert.equal(close, t.close);
      await page.keyboard.press("Enter");
      await page.waitForSelector("dialog:not([open])", { state: "attached" });
      assert.equal((await active(page)).text, t.name, "back on the launcher");
      // Open again, choose with the keyboard, Escape closes.
      await page.keyboard.press("Enter");
      await page.waitForSelector("dialog[open]");
      await page.keyboard.press("Tab");
      assert.equal((await active(page)).id, "cw-choose-feedback");
      await page.keyboard.press("Escape");
      await page.waitForSelector("dialog:not([open])", { state: "attached" });
      assert.equal((await active(page)).text, t.name, "back on the launcher after Escape");
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });

  test(`forced colors, dark theme and reduced motion (${locale}): the icon, cards and sheet stay visible and accessible`, { timeout: 60_000 }, async () => {
    const page = await lab({ locale, presentation: "launcher", theme: "dark" }, { width: 360, height: 740 });
    try {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await openByKeyboard(page);
      assert.deepEqual(await axe(page), [], "axe in the dark theme");
      await page.emulateMedia({ forcedColors: "active" });
      const look = await page.evaluate(() => {
        const root = document.getElementById("w").shadowRoot;
        const close = root.querySelector(".cw-close");
        const card = root.querySelector(".cw-choice");
        return {
          ink: getComputedStyle(close, "::before").backgroundColor,
          closeBorder: getComputedStyle(close).borderTopStyle,
          cardBorder: getComputedStyle(card).borderTopWidth,
        };
      });
      assert.notEqual(look.ink, "rgba(0, 0, 0, 0)", "the × keeps its ink");
      assert.equal(look.closeBorder, "solid");
      assert.equal(look.cardBorder, "2px");
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });
}

test("a new language renames the dialog, its header and Close in place", { timeout: 60_000 }, async () => {
  const page = await launcher("nl", { width: 360, height: 740 });
  try {
    await openByKeyboard(page);
    await page.evaluate(() => window.widgets[0].setLocale("en"));
    await page.waitForSelector(".cw[lang=en]");
    assert.equal(await page.getByRole("dialog", { name: TEXT.en.name }).count(), 1);
    assert.equal(await page.getByRole("button", { name: TEXT.en.close, exact: true }).count(), 1);
    assert.equal(await page.locator(".cw-progress").textContent(), TEXT.en.step(1));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});
