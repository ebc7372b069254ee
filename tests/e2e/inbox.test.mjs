// The receiving end, as staff use it: a complaint sent in the real widget
// appears in the inbox at /inbox with its due date, is triaged with the
// keyboard alone (Tab, Enter, Space and arrows: open it, set it in
// progress, add a note, save), shows in the history, is exported as CSV and
// NDJSON, and was announced to a webhook receiver with a valid signature.
// axe-core checks every state of the inbox (sign-in, sign-in error, list,
// filtered, empty, a later page, overdue, detail, validation error, saved);
// an overdue submission comes first and says so in words; form posts from
// another site are refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { startServer, launch, newPage, open, axe, active, tabTo } from "./harness.mjs";

const STAFF = "Alex Jansen";
const TOKEN = `inbox-test-${randomUUID()}`;
const SECRET = `whsec_${randomUUID()}`;

let server, browser, receiver;
/** What the webhook receiver got: `{ headers, body }` per request. */
const received = [];

/** A webhook receiver on 127.0.0.1 that records each event and answers 204. */
function startReceiver() {
  const srv = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => { if (body.length < 1_000_000) body += c; });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve(srv)));
}

before(async () => {
  receiver = await startReceiver();
  server = await startServer([
    "--webhook", `http://127.0.0.1:${receiver.address().port}/hooks/complaints`,
    "--webhook-secret", SECRET,
  ], { staff: `${STAFF}:${TOKEN}` });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => (receiver ? receiver.close(r) : r()));
});

/** Today plus `days` calendar days, as YYYY-MM-DD (UTC, as the endpoint counts). */
function inDays(days, from = new Date()) {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/** Presses Tab until the focused element's text is `text` (links and buttons without ids). */
async function tabToText(page, text, { max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if ((await active(page))?.text === text) return;
  }
  throw new Error(`Tab never reached "${text}"; focus is on ${JSON.stringify(await active(page))}`);
}

/** Presses a key that navigates and waits for the new page. */
async function pressAndLoad(page, key) {
  await Promise.all([page.waitForEvent("load"), page.keyboard.press(key)]);
}

/** axe on the page, which must find nothing; `state` names the state in the message. */
async function noViolations(page, state) {
  assert.deepEqual(await axe(page), [], `axe on the inbox's ${state} state`);
}

/** Console errors other than the HTTP status this state answers with on purpose. */
async function problems(page) {
  return (await page.problems()).filter((p) => !/the server responded with a status of (401|422)/.test(p));
}

/** Sends a complaint through the widget (keyboard, as tests/e2e/flows.test.mjs does) and returns its reference. */
async function complainInTheWidget(whatWentWrong) {
  const page = await newPage(browser);
  try {
    await open(page, `${server.url}/?locale=en&market=NL&operator=payment-provider`);
    const type = async (id, text) => { await tabTo(page, id); await page.keyboard.type(text); };
    await tabTo(page, "cw-choose-complaint");
    await page.keyboard.press("Enter");
    await tabTo(page, "cw-contacted-before-yes");
    await page.keyboard.press("ArrowDown");
    // A radio group is one tab stop: Tab reaches its first option, the arrow the next.
    await tabTo(page, "cw-complaint-category-payment");
    await page.keyboard.press("ArrowDown");
    assert.equal((await active(page)).id, "cw-complaint-category-refund");
    await type("cw-order-reference", "ORD-2026-0042");
    await type("cw-what-went-wrong", whatWentWrong);
    await type("cw-wanted-outcome", "Refund the second payment.");
    await type("cw-name", "Anna de Vries");
    await type("cw-email", "anna@example.nl");
    await tabTo(page, "cw-submit");
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=How we handle your information");
    await tabTo(page, "cw-submit");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#cw-reference");
    assert.deepEqual(await page.problems(), []);
    return (await page.locator("#cw-reference").textContent()).trim();
  } finally {
    await page.closeAll();
  }
}

/** Checks a `Complaint-Signature` header (`t=<unix>,v1=<hex>`) against the body. */
function validSignature(header, body) {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header || "");
  if (!m) return false;
  const expected = createHmac("sha256", SECRET).update(`${m[1]}.${body}`).digest();
  const age = Math.abs(Date.now() / 1000 - Number(m[1]));
  return age < 300 && timingSafeEqual(expected, Buffer.from(m[2], "hex"));
}

/** Waits (at most 15 s) for a webhook event of `type` about `reference`. */
async function eventFor(type, reference) {
  for (let i = 0; i < 150; i++) {
    const hit = received.find((r) => {
      try {
        const e = JSON.parse(r.body);
        return e.type === type && e.data?.reference === reference;
      } catch {
        return false;
      }
    });
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${type} event for ${reference}; received ${received.map((r) => r.body.slice(0, 80)).join(" | ")}`);
}

test("a complaint sent in the widget is triaged in the inbox with the keyboard alone, exported, and announced by a signed webhook", { timeout: 180_000 }, async () => {
  // A complaint in NL is due in 14 days (src/market.rs), from the UTC day
  // the endpoint received it: either side of a midnight the send crossed.
  const before = new Date();
  const reference = await complainInTheWidget("I was charged twice for <b>one</b> order.");
  const days = [inDays(14, before), inDays(14)];
  let due = days[0];

  const page = await newPage(browser);
  try {
    // Signed out, the inbox sends staff to the sign-in form.
    await page.goto(`${server.url}/inbox`);
    assert.match(page.url(), /\/inbox\/login$/);
    assert.equal(await page.locator("h1").textContent(), "Sign in to the complaints inbox");
    await noViolations(page, "sign-in");

    // The skip link comes first and is visible when focused.
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).text, "Skip to main content");
    assert.ok(await page.locator(".skip").isVisible());

    // A wrong token: the error is in a summary and tied to the field.
    await tabTo(page, "token");
    await page.keyboard.type("not-the-token-at-all");
    await pressAndLoad(page, "Enter");
    assert.match(await page.locator(".error-summary").textContent(), /That staff token is not valid/);
    assert.equal(await page.locator("#token").getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#token").getAttribute("aria-describedby"), /token-error/);
    assert.match(await page.title(), /^Error: /);
    await noViolations(page, "sign-in error");

    await tabTo(page, "token");
    await page.keyboard.type(TOKEN);
    await pressAndLoad(page, "Enter");
    assert.match(page.url(), /\/inbox$/);
    assert.match(await page.locator(".who").textContent(), new RegExp(`Signed in as ${STAFF}`));
    assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), "All submissions");
    await noViolations(page, "list");

    // The new complaint is in the list with its due date, kind, market, language and status.
    const row = page.locator("tbody tr", { has: page.locator(`th a:text-is("${reference}")`) });
    assert.equal(await row.count(), 1, `${reference} is listed`);
    const cells = (await row.locator("th, td").allTextContents()).map((t) => t.trim());
    assert.ok(days.includes(cells[1]), `due ${cells[1]}, expected one of ${days}`);
    due = cells[1];
    assert.deepEqual(cells.slice(0, 4), [reference, due, "Complaint", "New"]);
    assert.deepEqual(cells.slice(4, 7), ["Nobody", "Netherlands (NL)", "English (en)"]);
    assert.equal(await page.locator("table caption").count(), 1);
    assert.equal(await page.locator('thead th[scope="col"]').count(), 8);

    // Filter by text: the search finds it by the reference.
    await tabTo(page, "f-q");
    await page.keyboard.type(reference);
    await pressAndLoad(page, "Enter");
    assert.equal(await page.locator("tbody tr").count(), 1);
    assert.match(await page.locator("caption").textContent(), new RegExp(`containing “${reference}”`));
    await noViolations(page, "filtered list");
    // The export links keep the filter.
    assert.match(await page.locator(".export a").first().getAttribute("href"), new RegExp(`q=${reference}`));

    // A search that finds nothing says so.
    await tabTo(page, "f-q");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("nothing-like-this-was-sent");
    await pressAndLoad(page, "Enter");
    assert.equal(await page.locator("#results").textContent(), "No submissions match these filters.");
    await noViolations(page, "empty list");

    // Back to it, and open it: Tab to its link, Enter.
    await tabTo(page, "f-q");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(reference);
    await pressAndLoad(page, "Enter");
    await tabToText(page, reference);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(outline, "solid", "focus is visible on the link");
    await pressAndLoad(page, "Enter");
    assert.match(page.url(), new RegExp(`/inbox/${reference}$`));
    assert.equal(await page.locator("h1").textContent(), `Complaint ${reference}`);
    const text = await page.locator("main").textContent();
    for (const expected of [
      "What is your complaint about?", "A refund", "Order or payment reference", "ORD-2026-0042",
      "What went wrong?", "I was charged twice for <b>one</b> order.",
      "What would you like us to do to put it right?", "Refund the second payment.",
      "Full name", "Anna de Vries", "Email address", "anna@example.nl", due, "Netherlands (NL)", "Attachments", "Metadata",
    ]) {
      assert.ok(text.includes(expected), `the detail shows ${expected}`);
    }
    assert.equal(await page.locator("main b").count(), 0, "what the shopper typed is text, never markup");
    assert.match(await page.locator(".history li").first().textContent(), /Received/);
    await noViolations(page, "detail");

    // Saving nothing is sent back with an error tied to the note.
    await tabToText(page, "Save changes");
    await pressAndLoad(page, "Enter");
    assert.match(await page.locator(".error-summary").textContent(), /There is nothing to save/);
    assert.equal(await page.locator("#note").getAttribute("aria-invalid"), "true");
    await noViolations(page, "validation error");

    // Triage: the status radios are one tab stop; the arrow key moves to In progress.
    await tabTo(page, "status-new");
    await page.keyboard.press("ArrowRight");
    assert.equal((await active(page)).id, "status-in-progress");
    await tabTo(page, "note");
    await page.keyboard.type("Called Anna; the second payment will be refunded.");
    await tabToText(page, "Save changes");
    await pressAndLoad(page, "Space");
    assert.match(page.url(), new RegExp(`/inbox/${reference}\\?saved=1$`));
    assert.equal(await page.locator('[role="status"]').textContent(), "Your changes were saved. The history below shows them.");
    const history = (await page.locator(".history li").allTextContents()).join("\n");
    assert.match(history, new RegExp(`${STAFF}: Status changed from New to In progress`));
    assert.match(history, new RegExp(`${STAFF}: Note: Called Anna; the second payment will be refunded.`));
    assert.equal(await page.locator("#status-in-progress").isChecked(), true);
    await noViolations(page, "saved");
    assert.deepEqual(await problems(page), []);

    // Export: the list's links, with the browser's own sign-in.
    await page.goto(`${server.url}/inbox?q=${reference}`);
    const csvHref = await page.locator(".export a", { hasText: "CSV" }).getAttribute("href");
    const ndjsonHref = await page.locator(".export a", { hasText: "NDJSON" }).getAttribute("href");
    const csv = await page.request.get(`${server.url}${csvHref}`);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()["content-type"], /text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    const header = lines[0].split(",");
    const line = lines.find((l) => l.startsWith(`${reference},`));
    assert.ok(line, `the CSV has a row for ${reference}`);
    const cell = (name) => line.split(",")[header.indexOf(name)];
    assert.equal(cell("status"), "in_progress");
    assert.equal(cell("due"), due);
    assert.equal(cell("email"), "anna@example.nl");
    const nd = await page.request.get(`${server.url}${ndjsonHref}`);
    assert.equal(nd.status(), 200);
    const items = (await nd.text()).trim().split("\n").map((l) => JSON.parse(l));
    const item = items.find((i) => i.reference === reference);
    assert.ok(item, `the NDJSON has ${reference}`);
    assert.equal(item.status, "in_progress");
    assert.equal(item.due, due);
    assert.equal(item.submission.fields.what_went_wrong, "I was charged twice for <b>one</b> order.");

    // The webhook receiver got the new submission and the status change, signed.
    const created = await eventFor("submission.created", reference);
    assert.ok(validSignature(created.headers["complaint-signature"], created.body), "the signature is valid");
    assert.ok(!validSignature(created.headers["complaint-signature"], created.body.replace("Anna", "Hanna")), "a changed body fails the signature");
    const event = JSON.parse(created.body);
    assert.equal(event.data.due, due);
    assert.equal(event.data.submission.contact.email, "anna@example.nl");
    const changed = await eventFor("submission.status_changed", reference);
    assert.ok(validSignature(changed.headers["complaint-signature"], changed.body));
    assert.deepEqual([JSON.parse(changed.body).data.from, JSON.parse(changed.body).data.to], ["new", "in_progress"]);

    // No page of the inbox broke the CSP (every page reports to the endpoint).
    const reports = await (await fetch(`${server.url}/api/_test/csp-report`)).json();
    assert.deepEqual(reports, []);

    // Sign out with the keyboard: the inbox asks for the token again.
    await page.goto(`${server.url}/inbox`);
    await tabToText(page, "Sign out");
    await pressAndLoad(page, "Enter");
    assert.match(page.url(), /\/inbox\/login$/);
    await page.goto(`${server.url}/inbox`);
    assert.match(page.url(), /\/inbox\/login$/);
  } finally {
    await page.closeAll();
  }
});

/** Sends a valid submission straight to the endpoint; returns its reference. */
async function submit(n, kind = "feedback") {
  const id = randomUUID();
  const body = {
    schema: "complaint-widget/v1", id, createdAt: new Date().toISOString(), kind, contactedBefore: null,
    locale: "sv", market: "SE", fields: { feedback_topic: "app", feedback_message: `Page test ${n}` },
    contact: {},
  };
  const res = await fetch(`${server.url}/api/submissions`, {
    method: "POST", headers: { "content-type": "application/json", "idempotency-key": id }, body: JSON.stringify(body),
  });
  const text = await res.text();
  assert.equal(res.status, 201, text);
  return JSON.parse(text).reference;
}

async function signIn(page) {
  await page.goto(`${server.url}/inbox/login`);
  await page.fill("#token", TOKEN);
  await Promise.all([page.waitForEvent("load"), page.click("button[type=submit]")]);
  assert.match(page.url(), /\/inbox$/);
}

test("the list pages with a Next page link that keeps the filters", { timeout: 120_000 }, async () => {
  const references = [];
  for (let n = 0; n < 55; n++) references.push(await submit(n));
  const page = await newPage(browser);
  try {
    await signIn(page);
    await page.goto(`${server.url}/inbox?kind=feedback&market=SE`);
    assert.equal(await page.locator("tbody tr").count(), 50);
    const first = await page.locator("tbody th").allTextContents();
    const next = page.locator('a[rel="next"]');
    assert.match(await next.getAttribute("href"), /kind=feedback&market=SE&after=/);
    await Promise.all([page.waitForEvent("load"), next.click()]);
    const second = await page.locator("tbody th").allTextContents();
    assert.equal(second.length, 5);
    assert.deepEqual([...first, ...second].sort(), [...references].sort(), "every one exactly once");
    assert.equal(await page.locator('a[rel="next"]').count(), 0);
    assert.equal(await page.locator(".pages a").textContent(), "First page");
    await noViolations(page, "later page");
    // A page link from another endpoint starts again, and says so.
    await page.goto(`${server.url}/inbox?after=zz`);
    assert.match(await page.locator(".error-summary").textContent(), /out of date/);
    assert.deepEqual(await problems(page), []);
  } finally {
    await page.closeAll();
  }
});

test("form posts from another site are refused, and staff pages need a sign-in", async () => {
  const reference = await submit(99);
  const cookie = `cw_staff=${TOKEN}`;
  const form = "status=closed&assignee=Mallory&note=";
  for (const headers of [
    { origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
    { origin: "https://attacker.example" },
    { "sec-fetch-site": "same-site" },
  ]) {
    const res = await fetch(`${server.url}/inbox/${reference}`, {
      method: "POST", redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
      body: form,
    });
    assert.equal(res.status, 403, JSON.stringify(headers));
  }
  const page = await fetch(`${server.url}/inbox/${reference}`, { headers: { cookie } });
  assert.match(await page.text(), /<dt>Status<\/dt><dd>New<\/dd>/, "nothing changed");
  for (const path of ["/inbox", `/inbox/${reference}`, "/inbox/export.csv"]) {
    const res = await fetch(`${server.url}${path}`, { redirect: "manual" });
    assert.equal(res.status, 303, path);
    assert.equal(res.headers.get("location"), "/inbox/login", path);
  }
  const res = await fetch(`${server.url}/inbox/${reference}`, {
    method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form,
  });
  assert.equal(res.status, 303, "a post without a sign-in changes nothing");
  const css = await fetch(`${server.url}/inbox/inbox.css`);
  assert.match(css.headers.get("content-type"), /text\/css/);
});

test("an overdue submission comes first, says Overdue in words, and the overdue filter finds it", { timeout: 60_000 }, async () => {
  const reference = await submit(200);
  const res = await fetch(`${server.url}/api/_test/backdate`, { method: "POST", body: JSON.stringify({ reference, days: 30 }) });
  assert.equal(res.status, 204);
  const page = await newPage(browser);
  try {
    await signIn(page);
    const first = page.locator("tbody tr").first();
    assert.equal(await first.locator("th").textContent(), reference, "overdue first");
    assert.match(await first.locator("td").first().textContent(), /^\d{4}-\d{2}-\d{2}Overdue$/);
    await page.check("#f-overdue");
    await Promise.all([page.waitForEvent("load"), page.click("text=Apply filters")]);
    assert.match(page.url(), /overdue=true/);
    assert.deepEqual(await page.locator("tbody th").allTextContents(), [reference]);
    assert.match(await page.locator("caption").textContent(), /overdue only/);
    await noViolations(page, "overdue list");
    await Promise.all([page.waitForEvent("load"), page.click(`text=${reference}`)]);
    assert.match(await page.locator(".facts").first().textContent(), /Overdue/);
    await noViolations(page, "overdue detail");
    assert.deepEqual(await problems(page), []);
  } finally {
    await page.closeAll();
  }
});

test("the shop's own questions (version 2 payloads) show under their ids", async () => {
  const id = randomUUID();
  const body = {
    schema: "complaint-widget/v2", id, createdAt: new Date().toISOString(), kind: "purchase_problem", contactedBefore: null,
    locale: "fr", market: "FR",
    fields: {
      purchase_issue: "wrong-item", order_reference: "CMD-77812", problem_description: "Le vase est arrivé cassé.",
      custom: { delivery_date: "2026-11-20", box_damaged: true, courier: "<i>colissimo</i>" },
    },
    contact: { name: "Luc Martin", email: "luc@example.fr" },
  };
  const res = await fetch(`${server.url}/api/submissions`, {
    method: "POST", headers: { "content-type": "application/json", "idempotency-key": id }, body: JSON.stringify(body),
  });
  const text = await res.text();
  assert.equal(res.status, 201, text);
  const { reference } = JSON.parse(text);
  const page = await newPage(browser);
  try {
    await signIn(page);
    await page.goto(`${server.url}/inbox/${reference}`);
    assert.equal(await page.locator("h3").textContent(), "The shop's own questions");
    const rows = await page.locator("h3 + p + dl > div").evaluateAll((divs) =>
      divs.map((d) => [d.querySelector("dt").textContent, d.querySelector("dd").textContent]));
    assert.deepEqual(rows.sort(), [["box_damaged", "Yes (ticked)"], ["courier", "<i>colissimo</i>"], ["delivery_date", "2026-11-20"]]);
    assert.match(await page.locator("main").textContent(), /I received the wrong or a faulty item/);
    await noViolations(page, "version 2 detail");
  } finally {
    await page.closeAll();
  }
});
