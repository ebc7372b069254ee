// Every flow, keyboard only (Tab, Space, Enter and typing), from the first
// step to the confirmation, against the real reference endpoint; then what
// the endpoint stored is checked. A radio group is one tab stop: Tab reaches
// its first option and, as HTML defines for radios, the arrow keys move to
// the others (making each option a tab stop would break the group for
// screen readers). Also: the error summary by
// keyboard, and the browser's own back and forward buttons.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, active, tabTo } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

async function type(page, id, text) {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

async function choose(page, kind) {
  await tabTo(page, `cw-choose-${kind}`);
  await page.keyboard.press("Enter");
  assert.equal((await active(page)).id, "cw-title", "focus moves to the new step's heading");
}

/** Continue, then Send on the privacy notice, then read the confirmation. */
async function continueAndSend(page) {
  await tabTo(page, "cw-submit");
  await page.keyboard.press("Enter");
  await page.waitForSelector("text=How we handle your information");
  await tabTo(page, "cw-submit");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#cw-reference");
  const reference = (await page.locator("#cw-reference").textContent()).trim();
  assert.equal((await active(page)).id, "cw-title", "focus moves to the confirmation heading");
  return reference;
}

async function stored(reference) {
  const rows = await server.submissions();
  const row = rows.find((r) => r.reference === reference);
  assert.ok(row, `the endpoint stored ${reference}`);
  return row.body;
}

async function withPage(fn, options) {
  const page = await newPage(browser, options);
  try {
    // The seeds' flows (tests/e2e/operator.test.mjs walks a shop's).
    await open(page, `${server.url}/?locale=en&market=SE&operator=payment-provider`);
    await fn(page);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
}

test("feedback, keyboard only", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "feedback");
    await tabTo(page, "cw-feedback-topic-service");
    await page.keyboard.press("Space");
    await type(page, "cw-feedback-message", "Paying in three parts was easy.");
    await tabTo(page, "cw-reply-wanted");
    await page.keyboard.press("Space");
    await type(page, "cw-email", "anna@example.se");
    const reference = await continueAndSend(page);
    assert.match(await page.locator("h2").textContent(), /Thank you for your feedback/);
    const body = await stored(reference);
    assert.equal(body.kind, "feedback");
    assert.equal(body.fields.feedback_topic, "service");
    assert.equal(body.fields.feedback_message, "Paying in three parts was easy.");
    assert.equal(body.contact.email, "anna@example.se");
    assert.equal(body.market, "SE");
  }));

test("complaint, first contact (gate: no), keyboard only", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "complaint");
    await tabTo(page, "cw-contacted-before-yes");
    await page.keyboard.press("ArrowDown");
    assert.equal((await active(page)).id, "cw-contacted-before-no");
    assert.equal(await page.locator("#cw-contacted-before-no").isChecked(), true);
    await tabTo(page, "cw-complaint-category-payment");
    await page.keyboard.press("Space");
    await type(page, "cw-order-reference", "ORD-2024-1234");
    await type(page, "cw-what-went-wrong", "I was charged twice.");
    await type(page, "cw-wanted-outcome", "Refund the second payment.");
    await type(page, "cw-name", "Anna Svensson");
    await type(page, "cw-email", "anna@example.se");
    const reference = await continueAndSend(page);
    assert.match(await page.locator("h2").textContent(), /Your complaint has been sent/);
    assert.match(await page.locator("form").textContent(), /within 14 days/);
    assert.match(await page.locator("form").textContent(), /National Board for Consumer Disputes/);
    const body = await stored(reference);
    assert.equal(body.kind, "complaint");
    assert.equal(body.contactedBefore, false);
    assert.equal(body.fields.order_reference, "ORD-2024-1234");
    assert.equal(body.contact.name, "Anna Svensson");
  }));

test("escalation to the ombudsman (gate: yes), keyboard only", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "complaint");
    await tabTo(page, "cw-contacted-before-yes");
    await page.keyboard.press("Space");
    await type(page, "cw-previous-case-reference", "CS-482913");
    await type(page, "cw-earlier-contacts", "I called on 3 May and chatted on 10 May.");
    await type(page, "cw-why-dissatisfied", "The refund I was promised never came.");
    await type(page, "cw-wanted-resolution", "Refund the payment.");
    await type(page, "cw-name", "Anna Svensson");
    await type(page, "cw-email", "anna@example.se");
    const reference = await continueAndSend(page);
    assert.match(await page.locator("h2").textContent(), /new review/);
    assert.match(await page.locator("form").textContent(), /Our consumer ombudsman will review your case impartially/);
    const body = await stored(reference);
    assert.equal(body.kind, "escalation");
    assert.equal(body.contactedBefore, true);
    assert.equal(body.fields.previous_case_reference, "CS-482913");
  }));

test("purchase problem, return not confirmed, keyboard only", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "purchase-problem");
    await tabTo(page, "cw-purchase-issue-not-received");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    assert.equal((await active(page)).id, "cw-purchase-issue-return-not-confirmed");
    assert.equal(await page.locator("#cw-purchase-issue-return-not-confirmed").isChecked(), true);
    await type(page, "cw-order-reference", "ORD-9001");
    await type(page, "cw-seller", "Fietsen BV");
    await type(page, "cw-return-tracking", "3SABC1234567");
    await type(page, "cw-problem-description", "I sent the bike back on 2 June.");
    await type(page, "cw-name", "Anna Svensson");
    await type(page, "cw-email", "anna@example.se");
    const reference = await continueAndSend(page);
    assert.match(await page.locator("form").textContent(), /payment is paused/);
    const body = await stored(reference);
    assert.equal(body.kind, "purchase_problem");
    assert.equal(body.fields.purchase_issue, "return-not-confirmed");
    assert.equal(body.fields.return_tracking, "3SABC1234567");
  }));

test("the error summary takes focus and its links lead to the fields", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "complaint");
    await tabTo(page, "cw-submit");
    await page.keyboard.press("Enter");
    const focused = await active(page);
    assert.match(focused.text, /There is a problem/);
    await page.keyboard.press("Tab");
    assert.match((await active(page)).text, /Select yes if you have contacted customer service/);
    await page.keyboard.press("Enter");
    assert.equal((await active(page)).id, "cw-contacted-before-yes");
  }));

test("errors wait until the shopper leaves the field", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "purchase-problem");
    await tabTo(page, "cw-email");
    await page.keyboard.type("anna@");
    assert.equal(await page.locator("#cw-email-error:not([hidden])").count(), 0, "no error while typing");
    await page.keyboard.press("Tab");
    await page.waitForSelector("#cw-email-error:not([hidden])");
    assert.match(await page.locator("#cw-email-error").textContent(), /correct format/);
    assert.equal(await page.locator("#cw-email").getAttribute("aria-invalid"), "true");
  }));

test("a checkbox pressed right after leaving a field is ticked; the field's error shows after the click", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    await choose(page, "feedback");
    await page.click("#cw-feedback-message");
    // Pressing the checkbox leaves the empty required message: its error
    // must not push the checkbox away between press and release.
    const box = await page.locator("#cw-reply-wanted").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(100);
    assert.equal(await page.locator("#cw-feedback-message-error:not([hidden])").count(), 0, "no error while pressed");
    await page.mouse.up();
    assert.equal(await page.locator("#cw-reply-wanted").isChecked(), true, "the click landed");
    await page.waitForSelector("#cw-feedback-message-error:not([hidden])");
    assert.equal(await page.locator("#cw-feedback-message").getAttribute("aria-invalid"), "true");
  }));

test("on a touch screen, a checkbox tapped right after leaving a field is ticked; the error shows after", { timeout: 60_000 }, () =>
  withPage(
    async (page) => {
      await choose(page, "feedback");
      await page.tap("#cw-feedback-message");
      await page.tap("#cw-reply-wanted");
      assert.equal(await page.locator("#cw-reply-wanted").isChecked(), true, "the tap landed");
      await page.waitForSelector("#cw-feedback-message-error:not([hidden])");
    },
    { width: 390, height: 844, touch: true },
  ));

test("the browser's back and forward buttons move between steps without leaving", { timeout: 60_000 }, () =>
  withPage(async (page) => {
    const start = page.url();
    await choose(page, "complaint");
    await tabTo(page, "cw-contacted-before-yes");
    await page.keyboard.press("Space");
    await page.goBack();
    await page.waitForSelector("text=What would you like to do?");
    assert.equal(page.url(), start, "still on the same page");
    await page.goForward();
    await page.waitForSelector("text=Make a complaint");
    assert.equal(await page.locator("#cw-contacted-before-yes").isChecked(), true, "the answer is still there");
  }));
