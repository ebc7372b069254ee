// Sending against the real reference endpoint, told to misbehave: every test
// asserts what the endpoint stored, so "nothing lost, nothing twice" is
// checked where it matters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const script = (steps) => server.script(steps);

const requests = async () => (await server.stats()).requests;

async function rowsWithId(id) {
  return (await server.submissions()).filter((r) => r.idempotencyKey === id);
}

async function events(page) {
  return page.evaluate(() => window.events);
}

/** Opens the privacy step of a finished feedback form, ready to send. */
async function ready(query = "") {
  const page = await newPage(browser);
  await open(page, `${server.url}/fixtures.html?fixture=privacy&locale=en${query}`);
  return page;
}

async function send(page) {
  await page.click("#cw-submit");
}

async function confirmed(page) {
  await page.waitForSelector("#cw-reference", { timeout: 20_000 });
  return (await page.locator("#cw-reference").textContent()).trim();
}

async function sentId(page) {
  const submit = (await events(page)).find((e) => e.type === "complaint:submit");
  assert.ok(submit, "complaint:submit was dispatched");
  return submit.detail.id;
}

test("success: one row, the reference shown, events fired", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await ready();
  try {
    await send(page);
    const reference = await confirmed(page);
    const id = await sentId(page);
    const rows = await rowsWithId(id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].reference, reference);
    const success = (await events(page)).find((e) => e.type === "complaint:success");
    assert.deepEqual(success.detail, { reference, id });
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("a 500, then success: retried with the same key, one row", { timeout: 60_000 }, async () => {
  await script([{ status: 500 }]);
  const before = await requests();
  const page = await ready();
  try {
    await send(page);
    const reference = await confirmed(page);
    assert.equal((await requests()) - before, 2);
    const rows = await rowsWithId(await sentId(page));
    assert.deepEqual(rows.map((r) => r.reference), [reference]);
  } finally {
    await page.closeAll();
  }
});

test("a timeout, then success: the late first attempt and the retry make one row", { timeout: 60_000 }, async () => {
  await script([{ delayMs: 2500 }]);
  const page = await ready("&timeoutMs=1000");
  try {
    await send(page);
    const reference = await confirmed(page);
    const id = await sentId(page);
    // Let the delayed first request finish on the server too.
    await new Promise((r) => setTimeout(r, 2000));
    const rows = await rowsWithId(id);
    assert.deepEqual(rows.map((r) => r.reference), [reference]);
  } finally {
    await page.closeAll();
  }
});

test("429 with Retry-After: waits as asked, then succeeds", { timeout: 60_000 }, async () => {
  await script([{ status: 429, retryAfter: 2 }]);
  const page = await ready();
  try {
    const t0 = Date.now();
    await send(page);
    await confirmed(page);
    assert.ok(Date.now() - t0 >= 2000, `waited ${Date.now() - t0} ms`);
    assert.equal((await rowsWithId(await sentId(page))).length, 1);
  } finally {
    await page.closeAll();
  }
});

test("422 field errors appear inline on the right field, answers kept", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, `${server.url}/fixtures.html?fixture=feedback-reply&locale=en`);
    await page.check("#cw-feedback-topic-payment");
    await page.fill("#cw-feedback-message", "The invoice came twice.");
    await page.fill("#cw-email", "anna@example.nl");
    await page.click("#cw-submit");
    await page.waitForSelector("text=How we handle your information");
    await script([{ status: 422, fields: ["email"] }]);
    await send(page);
    await page.waitForSelector(".cw-summary:not([hidden])");
    assert.match(await page.locator("#cw-email-error").textContent(), /could not accept this answer/);
    assert.equal(await page.locator("#cw-email").inputValue(), "anna@example.nl");
    assert.equal(await page.locator("#cw-feedback-message").inputValue(), "The invoice came twice.");
    const error = (await events(page)).find((e) => e.type === "complaint:error");
    assert.equal(error.detail.reason, "fields");
    // Fix it and send again: accepted, one row.
    await page.fill("#cw-email", "anna@example.com");
    await page.click("#cw-submit");
    await page.waitForSelector("text=How we handle your information");
    await send(page);
    const reference = await confirmed(page);
    const row = (await server.submissions()).find((r) => r.reference === reference);
    assert.equal(row.body.contact.email, "anna@example.com");
  } finally {
    await page.closeAll();
  }
});

test("offline: queued with a message, sent when the browser is back online", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await ready();
  try {
    const before = await requests();
    await page.context().setOffline(true);
    await send(page);
    await page.waitForSelector("text=You are offline");
    assert.equal(await requests(), before, "nothing sent while offline");
    await page.context().setOffline(false);
    const reference = await confirmed(page);
    const rows = await rowsWithId(await sentId(page));
    assert.deepEqual(rows.map((r) => r.reference), [reference]);
  } finally {
    await page.closeAll();
  }
});

test("a reload mid-form restores the draft; after the send a reload shows the confirmation until Start again", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, `${server.url}/?locale=en&operator=payment-provider`);
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-yes");
    await page.fill("#cw-earlier-contacts", "Called on 3 May.\nChatted on 10 May.");
    await page.fill("#cw-name", "Anna de Vries");
    await page.reload();
    await page.waitForSelector("#cw-earlier-contacts");
    assert.equal(await page.locator("#cw-contacted-before-yes").isChecked(), true);
    assert.equal(await page.locator("#cw-earlier-contacts").inputValue(), "Called on 3 May.\nChatted on 10 May.");
    assert.equal(await page.locator("#cw-name").inputValue(), "Anna de Vries");
    await page.fill("#cw-previous-case-reference", "CS-482913");
    await page.fill("#cw-why-dissatisfied", "No refund.");
    await page.fill("#cw-wanted-resolution", "Refund.");
    await page.fill("#cw-email", "anna@example.nl");
    await page.click("#cw-submit");
    await page.click("#cw-submit");
    const reference = await confirmed(page);
    // A reload that lands right after the send still shows the reference.
    await page.reload();
    assert.equal(await confirmed(page), reference);
    await page.click("#cw-start-again");
    await page.reload();
    await page.waitForSelector("text=What would you like to do?");
    assert.equal(await page.locator("#cw-name").count(), 0);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("hostile answers change nothing on the page, and the retry reuses the id", { timeout: 60_000 }, async () => {
  const page = await ready("&retries=0");
  try {
    const bodies = ["markup", "html", "huge", "no-reference"];
    for (const [i, body] of bodies.entries()) {
      await script([{ body }]);
      await send(page);
      await page.waitForFunction((n) => window.events.filter((e) => e.type === "complaint:error").length > n, i);
      assert.match(await page.locator("#cw-notice").textContent(), /could not confirm/);

      assert.equal(await page.locator("#cw-submit").textContent(), "Try again");
      assert.equal(await page.locator("img").count(), 0, `${body}: nothing injected`);
    }
    await script([]);
    await send(page);
    const reference = await confirmed(page);
    const ids = new Set((await events(page)).filter((e) => e.type === "complaint:submit").map((e) => e.detail.id));
    assert.equal(ids.size, 1, "every attempt used the same id");
    const rows = await rowsWithId([...ids][0]);
    assert.deepEqual(rows.map((r) => r.reference), [reference]);
  } finally {
    await page.closeAll();
  }
});

test("a dropped connection is retried", { timeout: 60_000 }, async () => {
  await script([{ drop: true }]);
  const page = await ready();
  try {
    await send(page);
    const reference = await confirmed(page);
    assert.deepEqual((await rowsWithId(await sentId(page))).map((r) => r.reference), [reference]);
  } finally {
    await page.closeAll();
  }
});

test("beforeSubmit adds metadata; metadata option passes through", { timeout: 60_000 }, async () => {
  await script([]);
  const page = await ready("&hook=add&metadata=1");
  try {
    await send(page);
    const reference = await confirmed(page);
    const row = (await server.submissions()).find((r) => r.reference === reference);
    assert.deepEqual(row.body.metadata, { orderId: "ORD-1001", channel: "checkout", cartValue: 129.5, seenFields: 2 });
  } finally {
    await page.closeAll();
  }
});

test("beforeSubmit returning false cancels: nothing sent, the form stays", { timeout: 60_000 }, async () => {
  const page = await ready("&hook=cancel");
  try {
    const before = await requests();
    await send(page);
    await page.waitForTimeout(500);
    assert.equal(await requests(), before);
    assert.equal(await page.locator("#cw-submit").textContent(), "Send");
  } finally {
    await page.closeAll();
  }
});

test("an insecure endpoint: the integrator is told, the shopper sees 'unavailable'", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, `${server.url}/fixtures.html?endpoint=${encodeURIComponent("http://shop.example/api")}`);
    assert.match(await page.locator(".cw-unavailable").textContent(), /unavailable/);
    const problems = await page.problems();
    assert.equal(problems.length, 1);
    assert.match(problems[0], /option `endpoint` must be an https: URL/);
  } finally {
    await page.closeAll();
  }
});
