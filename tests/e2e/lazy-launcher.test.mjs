// The launcher before intent: a checkout page downloads the entry module
// alone and shows the button from it (named, styled, accessible); pointer
// over or focus loads the form, which takes the button's place looking the
// same; a click before it is ready opens the dialog at once with a loading
// status; a failed load says so and retries; a page where the shopper has a
// saved draft loads at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, axe, active } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const LOADS = /complaint-widget-core\.js|complaint-widget\.wasm|\/locales\/[a-z]+\.js/;

/** A page, with the widget's files it requests recorded in `page.loads`. */
/** Holds the wasm module's download until the returned function is called. */
async function holdModule(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/complaint-widget.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function watched(size) {
  const page = await newPage(browser, size);
  page.loads = [];
  page.on("request", (r) => {
    if (LOADS.test(r.url())) page.loads.push(new URL(r.url()).pathname.replace(/^.*\/pkg\//, ""));
  });
  return page;
}

/** The lab page with one launcher mounted by page code. */
async function lab(page, options = {}) {
  await page.goto(`${server.url}/lab.html`);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(async (o) => {
    const el = document.createElement("div");
    el.id = "w";
    document.getElementById("slots").append(el);
    window.widgets.push(await window.cw.mount(el, o));
  }, { endpoint: "/api/submissions", market: "NL", presentation: "launcher", ...options });
}

const shadow = (page, id, selector) =>
  page.evaluate(([id, selector]) => !!document.getElementById(id).shadowRoot.querySelector(selector), [id, selector]);
const formIn = (page, id = "w") => shadow(page, id, ".cw-main");

/** What the shopper sees of the launcher button. */
async function look(page, id) {
  return page.evaluate((id) => {
    const b = document.getElementById(id).shadowRoot.querySelector(".cw-launcher");
    const s = getComputedStyle(b);
    const r = b.getBoundingClientRect();
    return {
      text: b.textContent,
      box: [r.x, r.y, r.width, r.height].map(Math.round),
      style: ["font-family", "font-size", "font-weight", "color", "background-color", "border", "border-radius", "padding", "min-height", "cursor"].map((p) => s.getPropertyValue(p)),
    };
  }, id);
}

test("before intent a launcher page downloads only the entry and shows the named, styled button; hover loads the form in its place", { timeout: 60_000 }, async () => {
  const page = await watched();
  try {
    await page.goto(`${server.url}/checkout.html`);
    await page.waitForSelector("html[data-ready=true]");
    const button = page.locator("#help").getByRole("button", { name: "Fietsen BV: feedback en klachten" });
    await button.waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(page.loads, [], "nothing but the entry before intent");
    assert.equal(await formIn(page, "help"), false);
    assert.equal(await button.getAttribute("aria-haspopup"), "dialog");
    assert.deepEqual(await axe(page), [], "axe before intent");
    const before = await look(page, "help");
    assert.notEqual(before.style[4], "rgba(0, 0, 0, 0)", "the button has its background before the form loads");

    await button.hover();
    await page.waitForFunction(() => !!document.getElementById("help").shadowRoot.querySelector(".cw-main"));
    assert.ok(page.loads.includes("complaint-widget-core.js"), `loads: ${page.loads}`);
    assert.ok(page.loads.includes("complaint-widget.wasm"), `loads: ${page.loads}`);
    assert.ok(page.loads.includes("locales/nl.js"), `loads: ${page.loads}`);
    assert.deepEqual(await look(page, "help"), before, "the form's launcher looks exactly like the one before it");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("focus loads the form, and focus stays on the launcher when it takes the button's place", { timeout: 60_000 }, async () => {
  const page = await watched();
  try {
    await lab(page, { locale: "fr", brand: "Vélos SA" });
    // French puts a no-break space before the colon.
    const name = "Vélos SA : avis et plaintes";
    const focused = async () => (await active(page)).text.replace(/\s/gu, " ");
    for (let i = 0; i < 10 && (await active(page))?.tag !== "BUTTON"; i++) await page.keyboard.press("Tab");
    assert.equal(await focused(), name);
    await page.waitForFunction(() => !!document.getElementById("w").shadowRoot.querySelector(".cw-main"));
    assert.equal(await focused(), name, "focus is on the form's launcher");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog[open] .cw-title");
    await page.waitForFunction(() => document.getElementById("w").shadowRoot.activeElement?.id === "cw-title");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.getElementById("w").shadowRoot.activeElement?.classList.contains("cw-launcher"));
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

for (const [locale, t] of [
  ["en", { loading: "Loading the form…", failed: "The form could not be loaded.", retry: "Try again", name: "Customer service: feedback and complaints" }],
  ["nl", { loading: "Het formulier wordt geladen…", failed: "Het formulier kon niet worden geladen.", retry: "Opnieuw proberen", name: "Klantenservice: feedback en klachten" }],
]) {
  test(`a click before the form is ready opens the dialog at once with a loading status, then the form (${locale})`, { timeout: 60_000 }, async () => {
    const page = await watched();
    const release = await holdModule(page);
    try {
      await lab(page, { locale });
      await page.locator("#w .cw-launcher").click();
      const dialog = page.getByRole("dialog", { name: t.name });
      await dialog.waitFor();
      assert.equal((await page.locator("#w [role=status]").textContent()).trim(), t.loading);
      assert.deepEqual(await axe(page), [], "axe in the loading state");
      release();
      await page.waitForSelector("#w >> dialog[open] .cw-title");
      await page.waitForFunction(() => document.getElementById("w").shadowRoot.activeElement?.id === "cw-title");
      assert.equal(await page.evaluate(() => window.widgets[0].step), "choose");
      assert.deepEqual(await page.problems(), []);
    } finally {
      release();
      await page.closeAll();
    }
  });

  test(`a failed load says so in the dialog and Try again loads the form (${locale})`, { timeout: 60_000 }, async () => {
    const page = await watched();
    let fail = true;
    await page.route("**/complaint-widget.wasm", (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
    try {
      await lab(page, { locale });
      await page.locator("#w .cw-launcher").click();
      await page.waitForFunction((text) => document.getElementById("w").shadowRoot.querySelector("[role=status]")?.textContent === text, t.failed);
      const retry = page.locator("#w").getByRole("button", { name: t.retry });
      assert.equal(await retry.isVisible(), true);
      assert.deepEqual(await axe(page), [], "axe in the failed state");
      const problems = await page.problems();
      assert.ok(problems.length > 0 && problems.every((p) => /could not be loaded|Failed to load resource|internet/i.test(p)), problems.join("\n"));
      fail = false;
      await retry.click();
      await page.waitForSelector("#w >> dialog[open] .cw-title");
      assert.equal(await page.evaluate(() => window.widgets[0].step), "choose");
    } finally {
      await page.closeAll();
    }
  });
}

for (const how of ["pointer", "Space"]) {
  test(`a press (${how}) held while the form takes the button's place opens the form when it is let go`, { timeout: 60_000 }, async () => {
    const page = await watched();
    const release = await holdModule(page);
    try {
      await lab(page, { locale: "en" });
      const box = await page.locator("#w .cw-launcher").boundingBox();
      if (how === "pointer") {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
      } else {
        await page.locator("#w .cw-launcher").focus();
        await page.keyboard.down(" ");
      }
      // The form arrives and takes the button's place while it is pressed.
      release();
      await page.waitForFunction(() => !!document.getElementById("w").shadowRoot.querySelector(".cw-main"));
      if (how === "pointer") await page.mouse.up();
      else await page.keyboard.up(" ");
      await page.waitForSelector("#w >> dialog[open] .cw-title");
      await page.waitForFunction(() => document.getElementById("w").shadowRoot.activeElement?.id === "cw-title");
      assert.deepEqual(await page.problems(), []);
    } finally {
      release();
      await page.closeAll();
    }
  });
}

test("a page where the shopper has a saved draft loads the form at once, with the answers", { timeout: 60_000 }, async () => {
  const page = await watched();
  try {
    await lab(page);
    await page.locator("#w .cw-launcher").click();
    await page.waitForSelector("#w >> dialog[open] .cw-title");
    await page.locator("#w #cw-choose-feedback").click();
    await page.locator("#w textarea").first().fill("Saved before the reload");
    await page.locator("#w textarea").first().blur();
    page.loads.length = 0;
    await page.reload();
    await lab(page);
    await page.waitForFunction(() => !!document.getElementById("w").shadowRoot.querySelector(".cw-main"));
    assert.ok(page.loads.includes("complaint-widget.wasm"), "loaded without intent");
    await page.locator("#w .cw-launcher").click();
    await page.waitForSelector("#w >> dialog[open] textarea");
    assert.equal(await page.locator("#w textarea").first().inputValue(), "Saved before the reload");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("the handle works before the form has loaded: destroy removes the button, setLocale relabels, open loads and opens", { timeout: 60_000 }, async () => {
  const page = await watched();
  try {
    // destroy() before intent leaves nothing and loads nothing.
    await lab(page, { locale: "en" });
    await page.evaluate(async () => {
      const el = document.createElement("div");
      el.id = "v";
      document.getElementById("slots").append(el);
      const w = await window.cw.mount(el, { endpoint: "/api/submissions", market: "SE", presentation: "launcher" });
      w.destroy();
    });
    assert.equal(await page.evaluate(() => document.getElementById("v").shadowRoot.childElementCount), 0);

    await page.evaluate(() => window.widgets[0].setLocale("sv"));
    assert.equal((await page.locator("#w .cw-launcher").textContent()).trim(), "Kundservice: feedback och klagomål");
    assert.deepEqual(page.loads, [], "nothing loaded yet");
    await page.evaluate(() => window.widgets[0].open());
    await page.waitForSelector("#w >> dialog[open] .cw-title");
    await page.waitForFunction(() => window.widgets[0].locale === "sv");
    assert.equal((await page.locator("#w .cw-dialog-title").textContent()).trim(), "Kundservice: feedback och klagomål");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});
