// A merchant's first day: what a first real use of the widget met, each
// checked as the shopper and the integrator see it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, axe } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const script = (steps) => server.script(steps);
const stats = () => server.stats();
const rowsWith = (text) => server.rowsWith(text);

/** The lab page; `mountWith` mounts one widget with these options (page-relative endpoint allowed). */
async function lab(options, { before } = {}) {
  const page = await newPage(browser);
  if (before) await page.addInitScript(before);
  await page.goto(`${server.url}/lab.html`);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(async (o) => {
    const el = document.createElement("div");
    document.getElementById("slots").append(el);
    window.widgets.push(await window.cw.mount(el, o));
  }, options);
  return page;
}

async function feedback(page, text) {
  await page.click("#cw-choose-feedback");
  await page.check("#cw-feedback-topic-payment");
  await page.fill("#cw-feedback-message", text);
  await page.click("#cw-submit");
  await page.locator("h2", { hasText: "How we handle your information" }).waitFor();
}

test("2.1 choosing Yes after a failed Continue shows no errors for fields never seen", { timeout: 60_000 }, async () => {
  // Yes opens a form only where there is an escalation (here the seeds' ombudsman).
  const page = await lab({ endpoint: "/api/submissions", locale: "en", operator: "payment-provider" });
  try {
    await page.click("#cw-choose-complaint");
    await page.click("#cw-submit");
    assert.equal(await page.locator(".cw-summary-list li").count(), 1, "only the gate");
    await page.check("#cw-contacted-before-yes");
    await page.waitForTimeout(200);
    assert.equal(await page.locator(".cw-field--error").count(), 0, "no inline errors");
    assert.equal(await page.locator(".cw-summary-list li").count(), 0, "no summary links");
    await page.click("#cw-submit");
    assert.ok((await page.locator(".cw-summary-list li").count()) >= 3, "the next attempt shows what is missing");
  } finally {
    await page.closeAll();
  }
});

for (const [status, name] of [[405, "a 405"], [404, "a 404"], [403, "a 403"]]) {
  test(`2.3 ${name} is the shop refusing, not the shopper's connection`, { timeout: 60_000 }, async () => {
    await script([{ status }]);
    const page = await lab({ endpoint: "/api/submissions", locale: "en", retries: 0 });
    try {
      await feedback(page, `Refused with ${status}`);
      await page.click("#cw-submit");
      const notice = page.locator("#cw-notice");
      await notice.waitFor();
      const text = await notice.textContent();
      assert.match(text, /The shop could not accept your message/);
      assert.match(text, /Nothing you typed has been lost/);
      assert.doesNotMatch(text, /internet connection/);
      assert.deepEqual(await axe(page), []);
    } finally {
      await page.closeAll();
    }
  });
}

test("2.3 offline is still the connection", { timeout: 60_000 }, async () => {
  const page = await lab({ endpoint: "/api/submissions", locale: "en", retries: 0 });
  try {
    await feedback(page, "Offline 2.3");
    await page.context().setOffline(true);
    await page.click("#cw-submit");
    await page.locator("#cw-notice").waitFor();
    assert.match(await page.locator("#cw-notice").textContent(), /You are offline/);
  } finally {
    await page.closeAll();
  }
});

test("2.3 a missing endpoint is found at mount: a console error naming it, the unavailable message", { timeout: 60_000 }, async () => {
  const page = await lab({ locale: "en" });
  try {
    await page.locator(".cw-unavailable").waitFor();
    const problems = await page.problems();
    assert.equal(problems.filter((p) => /option `endpoint` is missing/.test(p)).length, 1, problems.join("\n"));
    assert.equal(await page.locator("#cw-choose-feedback").count(), 0, "nothing to fill in that could not be sent");
  } finally {
    await page.closeAll();
  }
});

test("2.4 the confirmation: copy the reference, print, dispute bodies in a new tab", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab({ endpoint: "/api/submissions", locale: "en", market: "SE" });
  try {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-no");
    await page.check("#cw-complaint-category-refund");
    await page.fill("#cw-what-went-wrong", "Copy and print 2.4");
    await page.fill("#cw-wanted-outcome", "A refund.");
    await page.fill("#cw-name", "Anna Svensson");
    await page.fill("#cw-email", "anna@example.se");
    await page.click("#cw-submit");
    await page.click("#cw-submit");
    await page.locator("#cw-reference").waitFor({ timeout: 20_000 });
    const reference = (await page.locator("#cw-reference").textContent()).trim();
    await page.click("#cw-copy-reference");
    await page.waitForFunction(() => document.querySelector("#slots > div").shadowRoot.querySelector("[role=status]").textContent.includes("copied"));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), reference);
    // Print: the browser's print dialog is asked for.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await page.click("#cw-print");
    assert.equal(await page.evaluate(() => window.printed), 1);
    const links = page.locator(".cw-bodies a");
    assert.ok((await links.count()) > 0);
    for (let i = 0; i < (await links.count()); i++) {
      assert.equal(await links.nth(i).getAttribute("target"), "_blank");
      assert.match(await links.nth(i).getAttribute("rel"), /noopener/);
      assert.match(await links.nth(i).textContent(), /opens in new tab/);
    }
    assert.deepEqual(await axe(page), []);
    // The confirmation stays for the session.
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.evaluate(async () => {
      const el = document.createElement("div");
      document.getElementById("slots").append(el);
      await window.cw.mount(el, { endpoint: "/api/submissions", locale: "en", market: "SE" });
    });
    await page.locator("#cw-reference").waitFor();
    assert.equal((await page.locator("#cw-reference").textContent()).trim(), reference);
  } finally {
    await page.closeAll();
  }
});

test("2.4 without the Clipboard API the reference is selected and copied by the browser", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab(
    { endpoint: "/api/submissions", locale: "en" },
    { before: () => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }) },
  );
  try {
    await feedback(page, "No clipboard API 2.4");
    await page.click("#cw-submit");
    await page.locator("#cw-reference").waitFor({ timeout: 20_000 });
    await page.click("#cw-copy-reference");
    await page.waitForFunction(() => /copied|selected/.test(document.querySelector("#slots > div").shadowRoot.querySelector("[role=status]").textContent));
    const reference = (await page.locator("#cw-reference").textContent()).trim();
    assert.equal(await page.evaluate(() => String(document.getSelection())), reference);
    assert.deepEqual((await page.problems()).filter((p) => p.startsWith("exception")), []);
  } finally {
    await page.closeAll();
  }
});

test("2.5 without secure random numbers nothing is sent and the shopper is told", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab(
    { endpoint: "/api/submissions", locale: "en" },
    {
      before: () => {
        Crypto.prototype.randomUUID = () => {
          throw new Error("no randomUUID");
        };
        Crypto.prototype.getRandomValues = () => {
          throw new Error("no getRandomValues");
        };
      },
    },
  );
  try {
    const before = (await stats()).requests;
    await feedback(page, "No random ids 2.5");
    await page.click("#cw-submit");
    await page.locator("#cw-notice").waitFor();
    assert.match(await page.locator("#cw-notice").textContent(), /This form cannot send messages at the moment/);
    assert.equal((await stats()).requests, before, "nothing sent with a made-up id");
    const problems = (await page.problems()).join("\n");
    assert.match(problems, /no secure random numbers/);
  } finally {
    await page.closeAll();
  }
});

test("2.5 two submissions never share an id", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab({ endpoint: "/api/submissions", locale: "en" });
  try {
    const ids = [];
    for (const n of [1, 2]) {
      await feedback(page, `Distinct id ${n}`);
      await page.click("#cw-submit");
      await page.locator("#cw-reference").waitFor({ timeout: 20_000 });
      ids.push((await rowsWith(`Distinct id ${n}`))[0].idempotencyKey);
      await page.click("#cw-start-again");
    }
    assert.notEqual(ids[0], ids[1]);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  } finally {
    await page.closeAll();
  }
});

test("2.6 mount() takes a page-relative endpoint like the element does; insecure origins stay refused", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await lab({ endpoint: "/api/submissions", locale: "en" });
  try {
    await feedback(page, "Relative endpoint 2.6");
    await page.click("#cw-submit");
    await page.locator("#cw-reference").waitFor({ timeout: 20_000 });
    assert.equal((await rowsWith("Relative endpoint 2.6")).length, 1);
    await page.evaluate(async () => {
      const el = document.createElement("div");
      document.getElementById("slots").append(el);
      await window.cw.mount(el, { endpoint: "http://shop.example/api", locale: "en" });
      const tag = document.createElement("complaint-widget");
      tag.setAttribute("endpoint", "http://shop.example/api");
      document.getElementById("slots").append(tag);
      await new Promise((r) => setTimeout(r, 500));
    });
    const problems = (await page.problems()).filter((p) => /must be an https: URL/.test(p));
    assert.equal(problems.length, 2, "both ways refuse an insecure origin");
  } finally {
    await page.closeAll();
  }
});
