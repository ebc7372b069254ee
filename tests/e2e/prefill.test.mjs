// Prefill: what the page already knows is in the form, a read-only value
// cannot be changed and is what the endpoint stores, what the shopper typed
// survives a reload over a prefilled value, and a bad prefilled value is
// reported on the console and left editable without stopping the form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, axe } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const PREFILL = {
  email: "anna@example.nl",
  name: "Anna de Vries",
  orderReference: "ORD-1234",
  readonly: ["email"],
};

function url(prefill, more = "") {
  return `${server.url}/?locale=en&market=NL${more}&prefill=${encodeURIComponent(JSON.stringify(prefill))}`;
}

async function complaintForm(page) {
  await page.locator("#cw-choose-complaint").click();
  await page.locator("#cw-contacted-before-no").check();
}

test("prefilled values are in the form, a read-only one is kept and sent", { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, url(PREFILL));
    await complaintForm(page);
    const email = page.locator("#cw-email");
    assert.equal(await email.inputValue(), "anna@example.nl");
    assert.equal(await email.getAttribute("readonly"), "", "the page vouches for the email");
    assert.equal(await page.locator("#cw-name").inputValue(), "Anna de Vries");
    const order = page.locator("#cw-order-reference");
    assert.equal(await order.inputValue(), "ORD-1234");
    assert.equal(await order.getAttribute("readonly"), null, "the order reference stays editable");
    // Typing into the read-only field changes nothing.
    await email.focus();
    await page.keyboard.type("x");
    assert.equal(await email.inputValue(), "anna@example.nl");
    assert.deepEqual(await axe(page), []);

    // The shopper corrects the order reference; a reload keeps what they typed.
    await order.fill("ORD-5678");
    await page.locator("#cw-complaint-category-refund").check();
    await page.locator("#cw-what-went-wrong").fill("The refund never arrived.");
    await page.locator("#cw-wanted-outcome").fill("Pay the refund.");
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.waitForSelector("#cw-order-reference");
    assert.equal(await page.locator("#cw-order-reference").inputValue(), "ORD-5678", "what was typed wins over prefill");
    assert.equal(await page.locator("#cw-email").inputValue(), "anna@example.nl");

    await page.locator("#cw-submit").click();
    await page.waitForSelector("text=How we handle your information");
    await page.locator("#cw-submit").click();
    await page.waitForSelector("#cw-reference");
    const reference = (await page.locator("#cw-reference").textContent()).trim();
    const row = (await server.submissions()).find((r) => r.reference === reference);
    assert.ok(row, `the endpoint stored ${reference}`);
    assert.equal(row.body.contact.email, "anna@example.nl");
    assert.equal(row.body.contact.name, "Anna de Vries");
    assert.equal(row.body.fields.order_reference, "ORD-5678");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("a read-only value wins over a draft; a bad value is reported and left editable", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    // A draft that holds another email, as an earlier visit typed it.
    await open(page, `${server.url}/?locale=en&market=NL`);
    await complaintForm(page);
    await page.locator("#cw-email").fill("old@example.nl");
    await page.waitForTimeout(300);
    await page.goto(url(PREFILL));
    await page.waitForSelector("html[data-ready=true]");
    await page.waitForSelector("#cw-email");
    assert.equal(await page.locator("#cw-email").inputValue(), "anna@example.nl");

    const bad = await newPage(browser);
    try {
      await open(bad, url({ email: "anna at example", phone: 31612345678, readonly: ["email"] }));
      await complaintForm(bad);
      const email = bad.locator("#cw-email");
      assert.equal(await email.inputValue(), "anna at example", "shown for the shopper to correct");
      assert.equal(await email.getAttribute("readonly"), null, "a bad value is never read-only");
      assert.equal(await bad.locator("#cw-phone").inputValue(), "");
      const problems = await bad.problems();
      assert.equal(problems.length, 2, problems.join("\n"));
      assert.match(problems[0], /prefill `email` is not in the form the field takes: "anna at example"/);
      assert.match(problems[1], /prefill `phone` must be a string, got a number/);
      await email.fill("anna@example.nl");
      assert.equal(await email.inputValue(), "anna@example.nl");
    } finally {
      await bad.closeAll();
    }
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("an unknown prefill key is a configuration error", { timeout: 30_000 }, async () => {
  const page = await newPage(browser);
  try {
    await open(page, url({ address: "Main Street 1" }));
    const problems = await page.problems();
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /unknown key `prefill.address`/);
  } finally {
    await page.closeAll();
  }
});

test("the element takes prefill as a property", { timeout: 30_000 }, async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${server.url}/privacy.html`);
    const value = await page.evaluate(async () => {
      await import("/pkg/complaint-widget.js");
      const el = document.createElement("complaint-widget");
      el.id = "prefilled-element";
      el.setAttribute("endpoint", "/api/submissions");
      el.setAttribute("locale", "en");
      el.prefill = { name: "Anna de Vries", readonly: ["name"] };
      document.body.append(el);
      const root = await new Promise((resolve) => el.addEventListener("complaint:ready", () => resolve(el.shadowRoot), { once: true }));
      root.querySelector("#cw-choose-feedback").click();
      await new Promise((r) => setTimeout(r, 50));
      root.querySelector("#cw-reply-wanted").click();
      await new Promise((r) => setTimeout(r, 50));
      const name = root.querySelector("#cw-name");
      return { value: name.value, readonly: name.readOnly, prop: el.prefill.name };
    });
    assert.deepEqual(value, { value: "Anna de Vries", readonly: true, prop: "Anna de Vries" });
  } finally {
    await page.closeAll();
  }
});
