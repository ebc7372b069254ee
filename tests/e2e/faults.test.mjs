// Faults: the seeded fault run (tests/e2e/faults-lib.mjs) against the real
// widget and the reference endpoint, and three behaviours it relies on, each
// on its own: a submission left by Back is held until the shopper sends
// again, instances without ids keep their own drafts and outboxes, and a
// reload right after a successful send shows the confirmation again.
//
//   node --test tests/e2e/faults.test.mjs                      60 submissions
//   FAULT_SEED=123 FAULT_SUBMISSIONS=400 FAULT_VERBOSE=1 node --test tests/e2e/faults.test.mjs
//   scripts/faults                                             builds first; 400 submissions
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, newPage, open } from "./harness.mjs";
import { runFaults, faultSeed, countsLine, describe, state, waitReady } from "./faults-lib.mjs";

const SUBMISSIONS = Number(process.env.FAULT_SUBMISSIONS || 60);
// About two seconds a submission; the run may take up to five, and the
// endpoint (which stops itself after a while) outlives it and the other tests.
const RUN_MS = Math.max(300_000, SUBMISSIONS * 5_000);
const SECONDS = RUN_MS / 1000 + 600;

let server, browser;
before(async () => {
  server = await startServer(["--max-seconds", String(SECONDS)]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const VERBOSE = !!process.env.FAULT_VERBOSE;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function script(steps) {
  const res = await fetch(`${server.url}/api/_test/script`, { method: "POST", body: JSON.stringify(steps) });
  assert.equal(res.status, 204);
}

async function requests() {
  return (await (await fetch(`${server.url}/api/_test/stats`)).json()).requests;
}

async function rowsWith(field, prefix) {
  return (await server.submissions()).filter((r) => typeof r.body.fields?.[field] === "string" && r.body.fields[field].startsWith(prefix));
}

const unique = (what) => `${what}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;

async function page(query) {
  const p = await newPage(browser);
  p.setDefaultTimeout(10_000);
  await open(p, `${server.url}/faults.html?${query}`);
  return p;
}

/** Chooses feedback and types a message in one instance. */
async function feedback(p, slot, message) {
  const w = p.locator(`[data-slot="${slot}"]`);
  await w.locator("#cw-choose-feedback").click();
  await w.locator("#cw-feedback-topic-service").check();
  await w.locator("#cw-feedback-message").pressSequentially(message);
}

/** Chooses a purchase problem and fills it in one instance. */
async function purchase(p, slot, description) {
  const w = p.locator(`[data-slot="${slot}"]`);
  await w.locator("#cw-choose-purchase-problem").click();
  await w.locator("#cw-purchase-issue-wrong-item").check();
  await w.locator("#cw-order-reference").fill("ORD-7001");
  await w.locator("#cw-seller").fill("Fietsen BV");
  await w.locator("#cw-problem-description").pressSequentially(description);
  await w.locator("#cw-name").fill("Anna de Vries");
  await w.locator("#cw-email").fill("anna@example.nl");
}

async function press(p, slot, id) {
  await p.locator(`[data-slot="${slot}"]`).locator(`#${id}`).click();
}

async function until(p, slot, test, what, ms = 15_000) {
  const deadline = Date.now() + ms;
  let st;
  while (Date.now() < deadline) {
    st = await state(p, slot);
    if (test(st)) return st;
    await sleep(100);
  }
  throw new Error(`instance ${slot}: ${what} did not happen within ${ms} ms; it shows ${JSON.stringify(st)}`);
}

const confirmed = (p, slot) => until(p, slot, (s) => s.step === "confirmation", "the confirmation");

async function submitIds(p, slot) {
  return p.evaluate((slot) => window.events.filter((e) => e.slot === slot && e.type === "submit").map((e) => e.id), slot);
}

test(`seeded fault run: ${SUBMISSIONS} submissions through the UI, nothing lost, nothing twice`, { timeout: RUN_MS }, async () => {
  const seed = faultSeed();
  console.log(`faults: seed=${seed} (FAULT_SEED=${seed} repeats this run)`);
  const { counts, problems, exceptions } = await runFaults({ server, browser, seed, submissions: SUBMISSIONS, verbose: VERBOSE });
  console.log(countsLine(counts));
  for (const [name, list] of Object.entries(problems)) {
    if (list.length) console.log(`${name}:\n${describe(list)}`);
  }
  assert.ok(counts.submissions >= SUBMISSIONS);
  assert.equal(counts.aborted, 0, `the run could not drive these (page or driver error):\n${describe(problems.aborted)}`);
  assert.equal(counts.lost, 0, `lost (never stored):\n${describe(problems.lost)}`);
  assert.equal(counts.duplicated, 0, `stored more than once:\n${describe(problems.duplicated)}`);
  assert.equal(counts.mismatched, 0, `the reference shown is not the stored one:\n${describe(problems.mismatched)}`);
  assert.deepEqual(exceptions, []);
});

test("Back after a failed send holds it: nothing goes out on reload or online until Send, and an edit sends a new id", { timeout: 60_000 }, async () => {
  const p = await page("n=1&retries=0&timeoutMs=1000");
  try {
    const marker = unique("HOLD");
    await feedback(p, 0, `${marker} first words`);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await script([{ status: 500 }]);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.notice === "failed", "the failure notice");
    const [firstId] = await submitIds(p, 0);
    await press(p, 0, "cw-back");
    await until(p, 0, (s) => s.step === "feedback", "Back to the form");

    const before = await requests();
    await p.reload();
    await waitReady(p);
    await sleep(1500);
    assert.equal(await requests(), before, "nothing is sent on reload while the shopper is back on the form");
    assert.equal((await state(p, 0)).step, "feedback", "the reload keeps the shopper on the form");
    await p.context().setOffline(true);
    await sleep(200);
    await p.context().setOffline(false);
    await sleep(1500);
    assert.equal(await requests(), before, "nothing is sent when the browser comes back online");

    await p.locator('[data-slot="0"]').locator("#cw-feedback-message").focus();
    await p.keyboard.press("Control+End");
    await p.keyboard.type(" and more");
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await press(p, 0, "cw-submit");
    const shown = await confirmed(p, 0);
    const rows = await rowsWith("feedback_message", marker);
    assert.deepEqual(rows.map((r) => [r.reference, r.body.fields.feedback_message]), [[shown.reference, `${marker} first words and more`]]);
    assert.notEqual(rows[0].idempotencyKey, firstId, "the edited submission has a new id");
  } finally {
    await p.closeAll();
  }
});

test("Back while the send is queued offline holds it: nothing goes out when the browser is back online", { timeout: 60_000 }, async () => {
  const p = await page("n=1&timeoutMs=1000");
  try {
    const marker = unique("QUEUE");
    await feedback(p, 0, `${marker} offline words`);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await script([]);
    await p.context().setOffline(true);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.notice === "queued", "the offline notice");
    await press(p, 0, "cw-back");
    await until(p, 0, (s) => s.step === "feedback", "Back to the form");
    const before = await requests();
    await p.context().setOffline(false);
    await sleep(1500);
    assert.equal(await requests(), before, "nothing is sent when the browser comes back online");
    assert.equal((await state(p, 0)).step, "feedback", "the shopper stays on the form");
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await press(p, 0, "cw-submit");
    const shown = await confirmed(p, 0);
    assert.deepEqual((await rowsWith("feedback_message", marker)).map((r) => r.reference), [shown.reference]);
  } finally {
    await p.context().setOffline(false);
    await p.closeAll();
  }
});

test("two instances without ids never share a draft or an outbox", { timeout: 60_000 }, async () => {
  const p = await page("n=2&ids=0&timeoutMs=1000");
  try {
    const a = unique("NOID-A");
    const b = unique("NOID-B");
    await feedback(p, 0, `${a} first shop`);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await purchase(p, 1, `${b} second shop`);

    await p.reload();
    await waitReady(p);
    const first = await until(p, 0, (s) => s.step !== "loading", "the mount");
    const second = await until(p, 1, (s) => s.step !== "loading", "the mount");
    assert.equal(first.step, "feedback", "the first instance restores its own flow");
    assert.equal(first.values["cw-feedback-message"], `${a} first shop`);
    assert.equal(second.step, "purchase-problem", "the second instance restores its own flow");
    assert.equal(second.values["cw-problem-description"], `${b} second shop`);

    // The first sends, and the page reloads while it is sending: only the
    // first resumes.
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await script([{ delayMs: 600 }]);
    await press(p, 0, "cw-submit");
    await sleep(150);
    await p.reload();
    await waitReady(p);
    const sent = await confirmed(p, 0);
    await sleep(500);
    const other = await state(p, 1);
    assert.equal(other.step, "purchase-problem", `the second instance is still on its form, not ${other.step} ${other.reference ?? ""}`);
    assert.equal(other.values["cw-problem-description"], `${b} second shop`);
    assert.deepEqual((await rowsWith("feedback_message", a)).map((r) => r.reference), [sent.reference]);
    assert.deepEqual(await rowsWith("problem_description", b), [], "nothing of the second was sent");

    await press(p, 1, "cw-submit");
    await until(p, 1, (s) => s.step === "privacy", "the privacy step");
    await press(p, 1, "cw-submit");
    const second2 = await confirmed(p, 1);
    assert.notEqual(second2.reference, sent.reference);
    assert.deepEqual((await rowsWith("problem_description", b)).map((r) => r.reference), [second2.reference]);
  } finally {
    await p.closeAll();
  }
});

test("a reload right after a successful send shows the confirmation with its reference again", { timeout: 60_000 }, async () => {
  const p = await page("n=1&timeoutMs=1000");
  try {
    const marker = unique("AGAIN");
    await feedback(p, 0, `${marker} sent once`);
    await press(p, 0, "cw-submit");
    await until(p, 0, (s) => s.step === "privacy", "the privacy step");
    await script([]);
    await press(p, 0, "cw-submit");
    const sent = await confirmed(p, 0);
    await p.reload();
    await waitReady(p);
    const after = await until(p, 0, (s) => s.step !== "loading", "the mount");
    assert.equal(after.step, "confirmation", "the confirmation is shown again");
    assert.equal(after.reference, sent.reference);
    assert.deepEqual((await rowsWith("feedback_message", marker)).map((r) => r.reference), [sent.reference]);
  } finally {
    await p.closeAll();
  }
});

test("Back in one instance moves that instance only", { timeout: 60_000 }, async () => {
  const p = await page("n=2&timeoutMs=1000");
  try {
    for (const slot of [0, 1]) {
      await feedback(p, slot, `${unique("BACK")} instance ${slot}`);
      await press(p, slot, "cw-submit");
      await until(p, slot, (s) => s.step === "privacy", "the privacy step");
    }
    await press(p, 0, "cw-back");
    await sleep(500);
    assert.deepEqual([(await state(p, 0)).step, (await state(p, 1)).step], ["feedback", "privacy"]);
  } finally {
    await p.closeAll();
  }
});
