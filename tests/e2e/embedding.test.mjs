// Embedding: the script tag, the custom element with live attributes, the
// programmatic handle, the launcher dialog's focus behaviour, two instances,
// a 1,000-times mount/destroy leak check, bad options, and every page under
// a strict CSP with violation reports collected by the server.
// SCREENSHOTS=dir saves the checkout demo in light and dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, active, axe } from "./harness.mjs";

const screenshots = process.env.SCREENSHOTS;
let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
}, { screenshots });

async function page(path, opts) {
  const p = await newPage(browser, opts);
  await p.goto(`${server.url}${path}`);
  await p.waitForSelector("html[data-ready=true]");
  return p;
}

async function cspReports() {
  return (await fetch(`${server.url}/api/_test/csp-report`)).json();
}

/** The id (or tag) of the focused element, looking through shadow roots. */
async function focusedInside(p) {
  return p.evaluate(() => {
    let a = document.activeElement;
    const path = [];
    while (a) {
      path.push(a.id || a.tagName.toLowerCase());
      if (!a.shadowRoot?.activeElement) break;
      a = a.shadowRoot.activeElement;
    }
    return { path, inDialog: !!a?.closest?.("dialog") };
  });
}

test("one script tag mounts where it stands, another into data-target", { timeout: 60_000 }, async () => {
  const p = await page("/script-tag.html");
  try {
    const placed = await p.evaluate(() =>
      [...document.querySelectorAll("complaint-widget")].map((w) => ({
        afterScript: w.previousElementSibling?.tagName === "SCRIPT",
        inTarget: w.parentElement.id === "help-centre",
        lang: w.shadowRoot.querySelector(".cw").getAttribute("lang"),
      })),
    );
    assert.deepEqual(placed, [
      { afterScript: true, inTarget: false, lang: "nb" },
      { afterScript: false, inTarget: true, lang: "fr" },
    ]);
    assert.deepEqual(await p.problems(), []);
  } finally {
    await p.closeAll();
  }
});

test("the custom element's attributes and properties are live; answers survive", { timeout: 60_000 }, async () => {
  const p = await page("/two.html");
  try {
    const se = p.locator("#se");
    await se.locator("#cw-choose-complaint").click();
    await se.locator("#cw-contacted-before-no").check();
    await se.locator("#cw-what-went-wrong").fill("Dubbel debitering.");
    // A new language is applied in place.
    await p.evaluate(() => document.getElementById("se").setAttribute("locale", "da"));
    await p.waitForSelector("#se >> .cw[lang=da]");
    assert.equal(await se.locator("#cw-what-went-wrong").inputValue(), "Dubbel debitering.");
    // A new market mounts again; the draft brings the answers back.
    await p.evaluate(() => (document.getElementById("se").market = "DK"));
    await p.waitForFunction(() => document.getElementById("se").shadowRoot.querySelector("#cw-what-went-wrong"));
    assert.equal(await se.locator("#cw-what-went-wrong").inputValue(), "Dubbel debitering.");
    // The other instance is untouched, in its own language.
    assert.equal(await p.locator("#fi >> .cw").getAttribute("lang"), "fi");
    assert.equal(await p.locator("#fi >> h2").textContent(), await p.locator("#fi >> h2").textContent());
    assert.equal(await p.locator("#fi >> #cw-choose-complaint").count(), 1, "still on its first step");
    // A new element says when its form is in the page, with its handle set.
    const ready = await p.evaluate(() => new Promise((resolve) => {
      const el = document.createElement("complaint-widget");
      el.setAttribute("endpoint", "/api/complaints");
      el.setAttribute("locale", "nb");
      el.addEventListener("complaint:ready", (e) => {
        resolve({ locale: e.detail.locale, step: el.widget?.step ?? null, inDom: !!el.shadowRoot.querySelector("#cw-title") });
        el.remove();
      });
      document.body.append(el);
    }));
    assert.deepEqual(ready, { locale: "nb", step: "choose", inDom: true });
    // Taken out of the page, it cleans up.
    const left = await p.evaluate(async () => {
      const el = document.getElementById("se");
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot.childElementCount;
    });
    assert.equal(left, 0);
    assert.deepEqual(await p.problems(), []);
  } finally {
    await p.closeAll();
  }
});

test("two instances send independently, each in its own language", { timeout: 60_000 }, async () => {
  const p = await page("/two.html");
  try {
    for (const id of ["se", "fi"]) {
      const w = p.locator(`#${id}`);
      await w.locator("#cw-choose-feedback").click();
      await w.locator("#cw-feedback-topic-app").check();
      await w.locator("#cw-feedback-message").fill(`From ${id}`);
    }
    await p.locator("#se >> #cw-submit").click();
    await p.locator("#se >> #cw-submit").click();
    const reference = (await p.locator("#se >> #cw-reference").textContent()).trim();
    assert.equal(await p.locator("#fi >> #cw-feedback-message").inputValue(), "From fi", "the other form is untouched");
    const row = (await server.submissions()).find((r) => r.reference === reference);
    assert.equal(row.body.locale, "sv");
    assert.equal(row.body.fields.feedback_message, "From se");
  } finally {
    await p.closeAll();
  }
});

test("launcher: a modal dialog that takes focus, keeps it, closes on Escape and returns it", { timeout: 60_000 }, async () => {
  const p = await page("/checkout.html");
  try {
    const help = p.locator("#help");
    await help.locator(".cw-launcher").focus();
    await p.keyboard.press("Enter");
    await p.waitForSelector("#help >> dialog[open]");
    let f = await focusedInside(p);
    assert.ok(f.inDialog, `focus moved into the dialog: ${f.path}`);
    // Tab through everything: focus never reaches the page behind (inert).
    for (let i = 0; i < 25; i++) {
      await p.keyboard.press("Tab");
      f = await focusedInside(p);
      assert.ok(f.inDialog || f.path.join() === "body", `focus left the dialog: ${f.path}`);
    }
    assert.equal(await p.evaluate(() => document.getElementById("pay").matches(":focus")), false);
    assert.deepEqual(await axe(p), [], "axe with the dialog open");
    await p.keyboard.press("Escape");
    await p.waitForSelector("#help >> dialog:not([open])", { state: "attached" });
    f = await focusedInside(p);
    assert.deepEqual(f.path.slice(-1), ["button"], "focus is back on the launcher");
    assert.match(await help.locator(".cw-launcher").textContent(), /Fietsen BV/);
    // The handle opens and closes it too.
    await p.evaluate(() => document.getElementById("help").open());
    await p.waitForSelector("#help >> dialog[open]");
    await help.locator(".cw-close").click();
    await p.waitForSelector("#help >> dialog:not([open])", { state: "attached" });
    assert.deepEqual(await p.problems(), []);
  } finally {
    await p.closeAll();
  }
});

test("checkout demo in light and dark, with the merchant theme: accessible", { timeout: 60_000 }, async () => {
  for (const theme of ["light", "dark"]) {
    const p = await page(`/checkout.html?theme=${theme}`);
    try {
      await p.waitForSelector(`#help >> .cw-frame[data-theme=${theme}]`);
      await p.evaluate(() => document.getElementById("help").open());
      await p.waitForSelector("#help >> dialog[open]");
      await p.locator("#help >> #cw-choose-complaint").click();
      await p.locator("#help >> #cw-submit").click();
      assert.deepEqual(await axe(p), [], `${theme}: axe`);
      const accent = await p.evaluate(() => {
        const b = document.getElementById("help").shadowRoot.querySelector("#cw-submit");
        return getComputedStyle(b).backgroundColor;
      });
      assert.equal(accent, theme === "light" ? "rgb(15, 81, 50)" : "rgb(127, 209, 167)", "the merchant's accent");
      if (screenshots) await p.screenshot({ path: `${screenshots}/checkout-${theme}.png` });
      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.closeAll();
    }
  }
});

test("mount and destroy 1,000 times: no nodes, listeners or memory accumulate", { timeout: 120_000 }, async () => {
  const p = await page("/fixtures.html?fixture=choose");
  try {
    const cdp = await p.context().newCDPSession(p);
    const cycle = (n) =>
      p.evaluate(async (n) => {
        const { mount } = await import("./pkg/complaint-widget.js");
        const host = document.createElement("div");
        document.body.append(host);
        for (let i = 0; i < n; i++) {
          const w = await mount(host, { market: "SE", presentation: i % 2 ? "launcher" : "inline", id: "leak", endpoint: "/api/submissions" });
          w.destroy();
        }
        const left = host.shadowRoot.childNodes.length;
        host.remove();
        return left;
      }, n);
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const dom = await cdp.send("Memory.getDOMCounters");
      const heap = await cdp.send("Runtime.getHeapUsage");
      return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap: heap.usedSize };
    };
    assert.equal(await cycle(20), 0);
    const warm = await measure();
    assert.equal(await cycle(1000), 0, "the shadow root is empty after destroy");
    const end = await measure();
    assert.ok(end.listeners <= warm.listeners, `listeners ${warm.listeners} -> ${end.listeners}`);
    assert.ok(end.nodes <= warm.nodes + 50, `nodes ${warm.nodes} -> ${end.nodes}`);
    assert.ok(end.heap - warm.heap < 2_000_000, `JS heap grew ${end.heap - warm.heap} bytes`);
    assert.deepEqual(await p.problems(), []);
  } finally {
    await p.closeAll();
  }
});

test("bad options: one clear console error naming the option, and an unavailable state", { timeout: 60_000 }, async () => {
  for (const [query, named] of [
    ["bad=timeoutMs", "`timeoutMs`"],
    ["bad=colour", "`colour`"],
    ["bad=locale", "`locale`"],
  ]) {
    const p = await page(`/fixtures.html?${query}`);
    try {
      const problems = await p.problems();
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.ok(problems[0].includes(named), problems[0]);
      assert.equal(await p.locator(".cw-unavailable").count(), 1);
      assert.equal(await p.locator("form").count(), 0);
    } finally {
      await p.closeAll();
    }
  }
});

test("strict CSP: no violation reported on any demo page", { timeout: 60_000 }, async () => {
  const before = (await cspReports()).length;
  for (const path of ["/", "/checkout.html", "/two.html", "/script-tag.html", "/fixtures.html?fixture=confirmation"]) {
    const p = await page(path);
    try {
      const csp = await p.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'/);
      assert.deepEqual(await p.problems(), [], path);
    } finally {
      await p.closeAll();
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual((await cspReports()).slice(before), []);
});
