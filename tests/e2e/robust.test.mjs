// Nothing lost, and nothing a page does can break the module: edits after a
// failed send, instances without ids, a reload after the send, options that
// throw, listeners that call back into the widget, payloads that cannot be
// sent, options that are not plain objects, and an answer that never ends.
// Every test checks what the endpoint stored, and that the page saw no
// uncaught exception.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const script = (steps) => server.script(steps);
const stats = () => server.stats();
const rowsWith = (text) => server.rowsWith(text);

/** The lab page with `n` widgets mounted by page code. */
async function lab(query = "") {
  const page = await newPage(browser);
  await page.goto(`${server.url}/lab.html?${query}`);
  await page.waitForSelector("html[data-ready=true]");
  return page;
}

const slot = (page, i) => page.locator("#slots > div").nth(i);

/** Fills a feedback form in widget `i` and moves on to the privacy step. */
async function feedback(page, i, text) {
  const w = slot(page, i);
  await w.locator("#cw-choose-feedback").click();
  await w.locator("#cw-feedback-topic-payment").check();
  await w.locator("#cw-feedback-message").fill(text);
  await w.locator("#cw-submit").click();
  await w.locator("h2", { hasText: "How we handle your information" }).first().waitFor();
}

async function events(page, type) {
  return (await page.evaluate(() => window.events)).filter((e) => !type || e.type === type);
}

async function waitEvents(page, type, n) {
  await page.waitForFunction(([t, k]) => window.events.filter((e) => e.type === t).length >= k, [type, n], { timeout: 20_000 });
}

/** Console errors and uncaught exceptions, without the expected failure logs. */
async function exceptions(page) {
  return (await page.problems()).filter((p) => p.startsWith("exception:") || /unreachable|out of bounds|recursive/.test(p));
}

test("1. an edit after a failed send replaces the waiting submission: the reload sends nothing, Send sends the edit", { timeout: 90_000 }, async () => {
  await script([{ status: 500 }]);
  const page = await lab("n=1&retries=0");
  try {
    await feedback(page, 0, "Original text 1a");
    await slot(page, 0).locator("#cw-submit").click();
    await waitEvents(page, "complaint:error", 1);
    await slot(page, 0).locator("#cw-back").click();
    await slot(page, 0).locator("#cw-feedback-message").fill("Edited text 1a");
    const before = (await stats()).requests;
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await slot(page, 0).locator("#cw-feedback-message").waitFor();
    await page.waitForTimeout(1000);
    assert.equal((await stats()).requests, before, "nothing is sent behind the shopper's back");
    assert.equal(await slot(page, 0).locator("#cw-feedback-message").inputValue(), "Edited text 1a");
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    assert.equal((await rowsWith("Edited text 1a")).length, 1);
    assert.equal((await rowsWith("Original text 1a")).length, 0);
    assert.deepEqual(await exceptions(page), []);
  } finally {
    await page.closeAll();
  }
});

test("1. coming back online while the shopper edits sends nothing; Send sends the edit", { timeout: 90_000 }, async () => {
  await script([]);
  const page = await lab("n=1");
  try {
    await feedback(page, 0, "Original text 1b");
    await page.context().setOffline(true);
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("text=You are offline").waitFor();
    await slot(page, 0).locator("#cw-back").click();
    await slot(page, 0).locator("#cw-feedback-message").fill("Edited text 1b");
    const before = (await stats()).requests;
    await page.context().setOffline(false);
    await page.waitForTimeout(1500);
    assert.equal((await stats()).requests, before, "nothing is sent while the shopper edits");
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    assert.equal((await rowsWith("Edited text 1b")).length, 1);
    assert.equal((await rowsWith("Original text 1b")).length, 0);
  } finally {
    await page.closeAll();
  }
});

test("1. unchanged answers after Back: the same id goes out again, one row", { timeout: 90_000 }, async () => {
  await script([{ status: 500 }]);
  const page = await lab("n=1&retries=0");
  try {
    await feedback(page, 0, "Unchanged text 1c");
    await slot(page, 0).locator("#cw-submit").click();
    await waitEvents(page, "complaint:error", 1);
    await slot(page, 0).locator("#cw-back").click();
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    const rows = await rowsWith("Unchanged text 1c");
    assert.equal(rows.length, 1);
    const first = (await server.submissions()).length;
    assert.ok(first > 0);
  } finally {
    await page.closeAll();
  }
});

for (const n of [2, 3]) {
  test(`2. ${n} instances without an id keep their own drafts and outboxes: after failures and a reload, every complaint is stored`, { timeout: 120_000 }, async () => {
    await script(Array.from({ length: n }, () => ({ status: 500 })));
    const page = await lab(`n=${n}&retries=0`);
    try {
      const texts = Array.from({ length: n }, (_, i) => `Instance ${i + 1} of ${n} says hello`);
      for (let i = 0; i < n; i++) await feedback(page, i, texts[i]);
      for (let i = 0; i < n; i++) await slot(page, i).locator("#cw-submit").click();
      await waitEvents(page, "complaint:error", n);
      await page.reload();
      await page.waitForSelector("html[data-ready=true]");
      const references = [];
      for (let i = 0; i < n; i++) {
        await slot(page, i).locator("#cw-reference").waitFor({ timeout: 20_000 });
        references.push((await slot(page, i).locator("#cw-reference").textContent()).trim());
      }
      for (let i = 0; i < n; i++) {
        const rows = await rowsWith(texts[i]);
        assert.equal(rows.length, 1, `instance ${i + 1} stored once`);
        assert.equal(rows[0].reference, references[i], `instance ${i + 1} shows its own reference`);
      }
      assert.deepEqual(await exceptions(page), []);
    } finally {
      await page.closeAll();
    }
  });
}

test("2. two instances that name the same id: the second says so on the console and keeps no draft", { timeout: 60_000 }, async () => {
  const page = await lab();
  try {
    await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) {
        const el = document.createElement("div");
        document.getElementById("slots").append(el);
        await window.cw.mount(el, { endpoint: window.cw.endpoint, id: "same" });
      }
    });
    const problems = await page.problems();
    assert.equal(problems.filter((p) => /already keeps its draft as "same"/.test(p)).length, 1, problems.join("\n"));
  } finally {
    await page.closeAll();
  }
});

test("3. a reload the moment the answer arrives: the confirmation and its reference are shown again", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab("n=1");
  try {
    await feedback(page, 0, "Reload right after success 3");
    await slot(page, 0).locator("#cw-submit").click();
    await waitEvents(page, "complaint:success", 1);
    const [success] = await events(page, "complaint:success");
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 10_000 });
    assert.equal((await slot(page, 0).locator("#cw-reference").textContent()).trim(), success.detail.reference);
    const rows = await rowsWith("Reload right after success 3");
    assert.deepEqual(rows.map((r) => r.reference), [success.detail.reference]);
  } finally {
    await page.closeAll();
  }
});

test("3. a reload while the answer is on its way: the outbox send completes and the reference is shown", { timeout: 90_000 }, async () => {
  await script([{ delayMs: 1500 }]);
  const page = await lab("n=1");
  try {
    await feedback(page, 0, "Reload while sending 3");
    await slot(page, 0).locator("#cw-submit").click();
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    const shown = (await slot(page, 0).locator("#cw-reference").textContent()).trim();
    await page.waitForTimeout(1500);
    const rows = await rowsWith("Reload while sending 3");
    assert.deepEqual(rows.map((r) => r.reference), [shown]);
  } finally {
    await page.closeAll();
  }
});

test("4. 200 mounts with options that throw: each says why on the console; then a working form mounts and sends", { timeout: 120_000 }, async () => {
  await script([]);
  const page = await lab();
  try {
    const outcome = await page.evaluate(async () => {
      const boom = () => {
        throw new Error("page getter broke");
      };
      const kinds = [
        () => new Proxy({ endpoint: "/api" }, { get: boom }),
        () => new Proxy({}, { ownKeys: boom }),
        () => new Proxy({}, { getPrototypeOf: boom }),
        () => {
          const r = Proxy.revocable({}, {});
          r.revoke();
          return r.proxy;
        },
        () => ({ get endpoint() { return boom(); } }),
        () => ({ headers: { get "X-Token"() { return boom(); } } }),
        () => ({ headers: new Proxy({}, { ownKeys: boom }) }),
        () => ({ markets: { SE: { get bodies() { return boom(); } } } }),
        () => ({ messages: new Proxy({}, { getPrototypeOf: boom }) }),
        () => ({ metadata: { get orderId() { return boom(); } } }),
        () => ({ metadata: { n: 1n } }),
        () => ({ get beforeSubmit() { return boom(); } }),
      ];
      let unavailable = 0;
      let rejected = 0;
      for (let i = 0; i < 200; i++) {
        const el = document.createElement("div");
        document.getElementById("slots").append(el);
        try {
          const handle = await window.cw.mount(el, kinds[i % kinds.length]());
          if (el.shadowRoot?.querySelector(".cw-unavailable")) unavailable++;
          handle.destroy();
        } catch {
          rejected++;
        }
        el.remove();
      }
      const el = document.createElement("div");
      document.getElementById("slots").append(el);
      await window.cw.mount(el, { endpoint: window.cw.endpoint, locale: "en" });
      return { unavailable, rejected };
    });
    assert.deepEqual(outcome, { unavailable: 200, rejected: 0 });
    const problems = await page.problems();
    assert.equal(problems.filter((p) => /complaint-widget: .*(could not be read|must be)/.test(p)).length, 200);
    assert.deepEqual(await exceptions(page), []);
    await feedback(page, 0, "After 200 broken mounts");
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    assert.equal((await rowsWith("After 200 broken mounts")).length, 1);
    assert.deepEqual(await exceptions(page), []);
  } finally {
    await page.closeAll();
  }
});

// Listeners that call back into the widget from inside each event it fires.
const REENTRY = {
  "requestSubmit in complaint:error": ["complaint:error", "requestSubmit"],
  "requestSubmit in complaint:success": ["complaint:success", "requestSubmit"],
  "reset in complaint:success": ["complaint:success", "reset"],
  "destroy in complaint:success": ["complaint:success", "destroy"],
  "reset in complaint:error": ["complaint:error", "reset"],
  "destroy in complaint:error": ["complaint:error", "destroy"],
  "reset in complaint:submit": ["complaint:submit", "reset"],
  "destroy in complaint:submit": ["complaint:submit", "destroy"],
  "setLocale in complaint:submit": ["complaint:submit", "setLocale"],
  "open and close in complaint:success": ["complaint:success", "openClose"],
};

for (const [name, [event, call]] of Object.entries(REENTRY)) {
  test(`5. a page listener that re-enters the widget: ${name}`, { timeout: 60_000 }, async () => {
    const failing = event === "complaint:error";
    await script(failing ? [{ status: 500 }, { status: 500 }] : []);
    const page = await lab("n=1&retries=0");
    try {
      const marker = `Re-entry ${name}`;
      await feedback(page, 0, marker);
      await page.evaluate(([ev, what]) => {
        const host = document.querySelector("#slots > div");
        const handle = window.widgets[0];
        let once = false;
        host.addEventListener(ev, () => {
          if (once) return;
          once = true;
          if (what === "requestSubmit") host.shadowRoot.querySelector("form").requestSubmit();
          else if (what === "setLocale") handle.setLocale("nl");
          else if (what === "openClose") { handle.open(); handle.close(); }
          else handle[what]();
        });
      }, [event, call]);
      await slot(page, 0).locator("#cw-submit").click();
      await waitEvents(page, event, 1);
      await page.waitForTimeout(800);
      if (process.env.DEBUG_E2E) console.log(JSON.stringify(await events(page)), await page.problems());
      // Later events the widget listens to must not find a dropped closure.
      await page.evaluate(() => {
        window.dispatchEvent(new Event("online"));
        window.dispatchEvent(new PopStateEvent("popstate", { state: history.state }));
      });
      await page.waitForTimeout(300);
      assert.deepEqual(await exceptions(page), [], "no panic, no dropped closure");
      const host = slot(page, 0);
      if (call === "destroy") {
        assert.equal(await host.locator(".cw").count(), 0, "destroyed: nothing left");
      } else if (call === "reset" && event !== "complaint:error") {
        await host.locator("#cw-choose-feedback").waitFor();
      } else if (call === "reset") {
        await host.locator("#cw-choose-feedback").waitFor();
      }
      // The handle still answers, and the widget still works when it should.
      if (call !== "destroy") {
        const step = await page.evaluate(() => window.widgets[0].step);
        assert.ok(step, "the handle still answers");
      }
      if (call === "requestSubmit" && failing) {
        // The re-entered send is the second attempt; it fails too, and a
        // third one by the shopper goes through.
        await waitEvents(page, "complaint:error", 2);
        await host.locator("#cw-submit").click();
        await host.locator("#cw-reference").waitFor({ timeout: 20_000 });
        assert.equal((await rowsWith(marker)).length, 1);
      }
      if (call === "requestSubmit" && !failing) {
        assert.equal((await rowsWith(marker)).length, 1);
      }
    } finally {
      await page.closeAll();
    }
  });
}

const STUCK = {
  "beforeSubmit returns a BigInt": "() => 10n",
  "beforeSubmit returns a circular object": "() => { const o = {}; o.self = o; return o; }",
  "beforeSubmit resolves to a circular object": "async () => { const o = {}; o.self = o; return o; }",
  "beforeSubmit returns an object holding a BigInt": "() => ({ total: 10n })",
  "complaint:submit listener makes the payload circular": "listener",
};

for (const [name, hook] of Object.entries(STUCK)) {
  test(`6. never stuck on Sending: ${name}`, { timeout: 60_000 }, async () => {
    await script([]);
    const page = await lab();
    try {
      const marker = `Stuck ${name}`;
      await page.evaluate(async (code) => {
        const el = document.createElement("div");
        document.getElementById("slots").append(el);
        const options = { endpoint: window.cw.endpoint, locale: "en", retries: 0 };
        if (code === "listener") {
          el.addEventListener("complaint:submit", (e) => {
            e.detail.metadata = { loop: e.detail };
          });
        } else {
          // The test's own code, built here because the page's CSP forbids eval.
          const hooks = {
            "() => 10n": () => 10n,
            "() => { const o = {}; o.self = o; return o; }": () => {
              const o = {};
              o.self = o;
              return o;
            },
            "async () => { const o = {}; o.self = o; return o; }": async () => {
              const o = {};
              o.self = o;
              return o;
            },
            "() => ({ total: 10n })": () => ({ total: 10n }),
          };
          options.beforeSubmit = hooks[code];
        }
        window.widgets.push(await window.cw.mount(el, options));
      }, hook);
      const before = (await stats()).requests;
      await feedback(page, 0, marker);
      await slot(page, 0).locator("#cw-submit").click();
      await waitEvents(page, "complaint:error", 1);
      const [error] = await events(page, "complaint:error");
      assert.equal(error.detail.reason, "page");
      assert.equal((await stats()).requests, before, "nothing was sent");
      const button = slot(page, 0).locator("#cw-submit");
      assert.equal(await button.getAttribute("aria-disabled"), null, "not busy");
      assert.notEqual((await button.textContent()).trim(), "Sending…");
      const logged = (await page.problems()).filter((p) => p.startsWith("console: complaint-widget:"));
      assert.ok(logged.length >= 1, "one clear console error");
      assert.deepEqual(await exceptions(page), []);
      // The handle still works.
      await page.evaluate(() => window.widgets[0].reset());
      await slot(page, 0).locator("#cw-choose-feedback").waitFor();
    } finally {
      await page.closeAll();
    }
  });
}

test("6. metadata is read once at mount: made circular or throwing later, the send still goes out", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab();
  try {
    await page.evaluate(async () => {
      const el = document.createElement("div");
      document.getElementById("slots").append(el);
      const metadata = { orderId: "ORD-6" };
      window.widgets.push(await window.cw.mount(el, { endpoint: window.cw.endpoint, locale: "en", metadata }));
      metadata.self = metadata;
      Object.defineProperty(metadata, "orderId", { get() { throw new Error("late getter"); } });
    });
    await feedback(page, 0, "Metadata read once 6");
    await slot(page, 0).locator("#cw-submit").click();
    await slot(page, 0).locator("#cw-reference").waitFor({ timeout: 20_000 });
    const [row] = await rowsWith("Metadata read once 6");
    assert.deepEqual(row.body.metadata, { orderId: "ORD-6" });
    assert.deepEqual(await exceptions(page), []);
  } finally {
    await page.closeAll();
  }
});

test("7. options that are not a plain object, or carry an own __proto__, are refused by name", { timeout: 60_000 }, async () => {
  const page = await lab();
  try {
    const shown = await page.evaluate(async () => {
      const out = [];
      const cases = [[], JSON.parse('{"__proto__": {"privacyUrl": "https://attacker.example/p"}}'), new Date(), new Map()];
      for (const options of cases) {
        const el = document.createElement("div");
        document.getElementById("slots").append(el);
        await window.cw.mount(el, options);
        out.push({
          unavailable: !!el.shadowRoot.querySelector(".cw-unavailable"),
          attacker: !!el.shadowRoot.querySelector('a[href^="https://attacker"]'),
        });
      }
      return out;
    });
    for (const s of shown) assert.deepEqual(s, { unavailable: true, attacker: false });
    const problems = (await page.problems()).join("\n");
    assert.match(problems, /the options must be a plain object \(an array\)/);
    assert.match(problems, /unknown option `__proto__`/);
    assert.match(problems, /the options must be a plain object \(not a plain object\)/);
  } finally {
    await page.closeAll();
  }
});

test("10. a success answer without Content-Length is not read past 16 KiB", { timeout: 60_000 }, async () => {
  await script([{ body: "endless" }]);
  const page = await lab("n=1&retries=0");
  try {
    const before = (await stats()).streamed;
    await feedback(page, 0, "Endless answer 10");
    await slot(page, 0).locator("#cw-submit").click();
    await waitEvents(page, "complaint:error", 1);
    const [error] = await events(page, "complaint:error");
    assert.equal(error.detail.reason, "bad-answer");
    await page.waitForTimeout(1000);
    const streamed = (await stats()).streamed - before;
    // The socket buffers some, but nowhere near the 256 MiB on offer.
    assert.ok(streamed < 16 * 1024 * 1024, `the server wrote ${streamed} bytes before the widget stopped reading`);
    assert.match(await slot(page, 0).locator("#cw-notice").textContent(), /could not confirm/);
  } finally {
    await page.closeAll();
  }
});
