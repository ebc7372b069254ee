// The seeded fault run, shared by tests/e2e/faults.test.mjs and scripts/faults.
//
// Shoppers fill and send the real widget through its UI (www/faults.html:
// one to four instances on a page) while a seeded PRNG decides, per
// submission, how the reference endpoint misbehaves (500, 429 with
// Retry-After, answers slower than the widget's timeout, cut connections,
// answers it cannot trust), when the page reloads (before the send, while
// sending, right after), when the browser goes offline, and whether a shopper
// who saw a failure goes Back and edits instead of trying again. Shoppers act
// as people do: "Try again" is pressed, a reloaded form is continued, a
// sending form is waited for. At the end every submission's marker text is
// looked up in what the endpoint stored.
import { newPage, open } from "./harness.mjs";

/** A small, fast, seedable PRNG (Tommy Ettinger's mulberry32). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FAULT_SEED if set, else a fresh one. */
export function faultSeed() {
  const fromEnv = process.env.FAULT_SEED;
  if (fromEnv !== undefined && fromEnv !== "") {
    const n = Number(fromEnv);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`FAULT_SEED must be an integer 0..4294967295, not ${fromEnv}`);
    return n;
  }
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  between(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  /** `entries` are [weight, value] pairs. */
  weighted(entries) {
    const total = entries.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of entries) {
      if ((r -= w) < 0) return v;
    }
    return entries[entries.length - 1][1];
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The widget's options on the fault page: one attempt may take 1 s (the
// smallest timeout it accepts), and one retry, so failures reach the shopper.
export const TIMEOUT_MS = 1000;
export const RETRIES = 1;
/** Longer than TIMEOUT_MS: the attempt times out, the endpoint still stores it late. */
const SLOW = { delayMs: 1500 };

/** What the endpoint does with the next requests, by name. `fails`: the shopper sees a failure (retries=1). */
const MISBEHAVIOURS = [
  [28, { name: "none", steps: [] }],
  [7, { name: "500", steps: [{ status: 500 }] }],
  [5, { name: "500+500", steps: [{ status: 500 }, { status: 500 }], fails: true }],
  [7, { name: "429", steps: [{ status: 429, retryAfter: 1 }] }],
  [3, { name: "503+429", steps: [{ status: 503 }, { status: 429, retryAfter: 1 }], fails: true }],
  [6, { name: "timeout", steps: [SLOW] }],
  [3, { name: "timeout+timeout", steps: [SLOW, SLOW], fails: true }],
  [6, { name: "drop", steps: [{ drop: true }] }],
  [4, { name: "drop+drop", steps: [{ drop: true }, { drop: true }], fails: true }],
  [3, { name: "html", steps: [{ body: "html" }], fails: true }],
  [2, { name: "huge", steps: [{ body: "huge" }], fails: true }],
  [3, { name: "markup", steps: [{ body: "markup" }], fails: true }],
  [3, { name: "no-reference", steps: [{ body: "no-reference" }], fails: true }],
];
// Failures the endpoint never stores: after Back and an edit, one row is
// right. (A timed-out attempt is stored late, so an edit after it makes a
// second, different submission.)
const FAILING_UNSTORED = MISBEHAVIOURS.map(([, m]) => m).filter((m) => m.fails && !m.steps.includes(SLOW));

/** What happens around the send. */
const MOMENTS = [
  [44, "none"],
  [9, "reload-before"],
  [12, "reload-while-sending"],
  [9, "reload-after"],
  [8, "offline-before"],
  [8, "offline-while-sending"],
  [10, "back-after-failure"],
];

/** Where each flow puts the shopper's marker text, in the form and in the stored payload. */
const FLOWS = {
  feedback: { choose: "feedback", field: "cw-feedback-message", stored: (b) => b.fields?.feedback_message },
  complaint: { choose: "complaint", field: "cw-what-went-wrong", stored: (b) => b.fields?.what_went_wrong },
  escalation: { choose: "complaint", field: "cw-earlier-contacts", stored: (b) => b.fields?.earlier_contacts },
  purchase: { choose: "purchase-problem", field: "cw-problem-description", stored: (b) => b.fields?.problem_description },
};
const FORM_STEPS = new Set(["feedback", "complaint", "purchase-problem"]);

/** The answers a shopper gives in a flow, in the order they give them. */
function answersFor(flow, n, marker, rng) {
  const a = [];
  const text = (id, value) => a.push({ kind: "text", id, value });
  const pick = (id) => a.push({ kind: "pick", id });
  const contact = (required) => {
    if (required || rng.chance(0.5)) text("cw-name", `Shopper ${n}`);
    text("cw-email", `shopper${n}@example.nl`);
  };
  switch (flow) {
    case "feedback":
      pick(`cw-feedback-topic-${rng.pick(["service", "app", "payment", "other"])}`);
      text("cw-feedback-message", `${marker} the app froze at checkout`);
      if (rng.chance(0.5)) {
        pick("cw-reply-wanted");
        contact(false);
      }
      break;
    case "complaint":
      pick("cw-contacted-before-no");
      pick(`cw-complaint-category-${rng.pick(["payment", "refund", "invoice", "service", "other"])}`);
      if (rng.chance(0.5)) text("cw-order-reference", `ORD-${n}`);
      text("cw-what-went-wrong", `${marker} I was charged twice`);
      text("cw-wanted-outcome", "Refund the second payment.");
      contact(true);
      if (rng.chance(0.3)) text("cw-phone", "+31 20 555 0101");
      break;
    case "escalation":
      pick("cw-contacted-before-yes");
      text("cw-previous-case-reference", `CS-${n}`);
      text("cw-earlier-contacts", `${marker} I called on 3 May`);
      text("cw-why-dissatisfied", "The refund never came.");
      text("cw-wanted-resolution", "Refund the payment.");
      contact(true);
      break;
    case "purchase": {
      const issue = rng.pick(["not-received", "wrong-item", "return-not-confirmed"]);
      pick(`cw-purchase-issue-${issue}`);
      text("cw-order-reference", `ORD-${n}`);
      text("cw-seller", "Fietsen BV");
      if (issue === "return-not-confirmed") text("cw-return-tracking", `3SABC${String(n).padStart(6, "0")}`);
      text("cw-problem-description", `${marker} the parcel never came`);
      contact(true);
      break;
    }
  }
  return a;
}

/** Everything one instance shows that a shopper would act on. */
export async function state(page, slot) {
  try {
    return await page.evaluate((slot) => {
      if (document.documentElement.dataset.ready !== "true") return { step: "loading" };
      const host = document.querySelector(`[data-slot="${slot}"]`);
      const root = host && host.shadowRoot;
      if (!root || !root.querySelector(".cw")) return { step: "loading" };
      if (root.querySelector(".cw-unavailable")) return { step: "unavailable" };
      const handle = (window.widgets || [])[slot];
      const submit = root.querySelector("#cw-submit");
      const notice = root.querySelector("#cw-notice");
      const reference = root.querySelector("#cw-reference");
      const values = {};
      for (const c of root.querySelectorAll("input[data-field], textarea[data-field]")) {
        if (c.type === "radio" || c.type === "checkbox") {
          if (c.checked) values[c.id] = true;
        } else if (c.value !== "") {
          values[c.id] = c.value;
        }
      }
      return {
        step: handle ? handle.step : "loading",
        reference: reference ? reference.textContent.trim() : null,
        notice: notice ? (notice.classList.contains("cw-notice--error") ? "failed" : "queued") : null,
        button: submit ? submit.textContent.trim() : null,
        busy: submit ? submit.getAttribute("aria-disabled") === "true" : false,
        summary: !!root.querySelector(".cw-summary:not([hidden])"),
        values,
      };
    }, slot);
  } catch {
    // The page is navigating (a reload): ask again.
    return { step: "loading" };
  }
}

export async function waitReady(page) {
  await page.waitForSelector("html[data-ready=true]", { timeout: 20_000 });
}

/** Which answers of `s` the widget does not show (after a reload: the draft). */
function missingAnswers(s, values) {
  const wrong = [];
  for (const a of s.answers) {
    if (a.kind === "pick" && values[a.id] !== true) wrong.push(a.id);
    if (a.kind === "text" && values[a.id] !== (a.id === s.field ? s.text : a.value)) wrong.push(a.id);
  }
  return wrong;
}

/**
 * One fault run. `log` receives one line per submission when verbose.
 * Returns the counts and every submission with what happened to it.
 */
export async function runFaults({ server, browser, seed, submissions: total, verbose = false, log = console.log }) {
  const rng = new Rng(seed);
  const run = { seed, submissions: 0, requests: 0, reloads: 0, offline: 0, tryAgain: 0, refills: 0 };
  const subs = [];
  const events = [];
  const exceptions = [];
  const tag = `FX${seed.toString(36).toUpperCase()}`;

  const endpoint = {
    async script(steps) {
      const res = await fetch(`${server.url}/api/_test/script`, { method: "POST", body: JSON.stringify(steps) });
      if (res.status !== 204) throw new Error(`scripting the endpoint: ${res.status}`);
    },
    async requests() {
      return (await (await fetch(`${server.url}/api/_test/stats`)).json()).requests;
    },
  };
  const firstRequests = await endpoint.requests();

  /** Rows the endpoint stored for one submission. */
  async function storedRows(s) {
    const rows = await server.submissions();
    return rows.filter((r) => typeof FLOWS[s.flow].stored(r.body) === "string" && FLOWS[s.flow].stored(r.body).startsWith(`${s.marker} `));
  }

  // Rounds: one page with one to four instances. The second round is the
  // case of two instances without ids, with a reload while the first sends.
  let round = 0;
  while (run.submissions < total) {
    const noIds = round === 1 && total - run.submissions >= 2;
    const k = noIds ? 2 : Math.min(total - run.submissions, rng.weighted([[3, 1], [3, 2], [2, 3], [2, 4]]));
    const roundSubs = [];
    for (let slot = 0; slot < k; slot++) {
      const n = ++run.submissions;
      const flow = rng.pick(Object.keys(FLOWS));
      const marker = `${tag}-${String(n).padStart(4, "0")}`;
      let moment = rng.weighted(MOMENTS);
      let misbehaviour = rng.weighted(MISBEHAVIOURS);
      let backVia = null;
      if (moment === "back-after-failure") {
        // The shopper must see a failure: an answer that fails, or a send
        // queued while offline; then Back, then a reload or the network
        // coming back, then an edit and Send.
        backVia = rng.pick(["reload", "online", "offline-queue"]);
        if (backVia !== "offline-queue" && !FAILING_UNSTORED.includes(misbehaviour)) misbehaviour = rng.pick(FAILING_UNSTORED);
        if (backVia === "offline-queue") misbehaviour = MISBEHAVIOURS[0][1];
      }
      if (noIds && slot === 0) {
        moment = "reload-while-sending";
        misbehaviour = { name: "slow", steps: [{ delayMs: 600 }] };
      }
      const s = {
        n, round, slot, flow, marker, moment, backVia, noIds,
        misbehaviour: misbehaviour.name,
        steps: misbehaviour.steps,
        field: FLOWS[flow].field,
        text: null,
        answers: [],
        shown: null,
        shownAfterReload: undefined,
        held: null,
        requests: 0,
        notes: [],
      };
      s.answers = answersFor(flow, n, marker, rng);
      s.text = s.answers.find((a) => a.id === s.field).value;
      s.waitBeforeReload = rng.between(0, 400);
      s.offlineFor = rng.between(300, 1500);
      s.offlineAfter = rng.between(0, 500);
      roundSubs.push(s);
      subs.push(s);
    }

    const page = await newPage(browser);
    page.setDefaultTimeout(10_000);
    const context = page.context();
    let offline = false;
    const setOffline = async (v) => {
      offline = v;
      await context.setOffline(v);
    };
    page.on("pageerror", (err) => exceptions.push(`round ${round}: ${err.message}`));
    await page.exposeFunction("__faultEvent", (e) => events.push({ ...e, round }));
    const url = `${server.url}/faults.html?n=${k}&ids=${noIds ? 0 : 1}&timeoutMs=${TIMEOUT_MS}&retries=${RETRIES}`;
    const w = (slot) => page.locator(`[data-slot="${slot}"]`);

    const reload = async () => {
      if (offline) await setOffline(false);
      run.reloads++;
      await page.reload({ waitUntil: "domcontentloaded" });
      await waitReady(page);
    };

    const typeAtEnd = async (control, text) => {
      await control.focus();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(text);
    };

    const fillAnswers = async (s) => {
      for (const a of s.answers) {
        const control = w(s.slot).locator(`#${a.id}`);
        if (a.kind === "pick") {
          await control.check();
        } else if (a.id === s.field) {
          await control.fill("");
          await control.pressSequentially(s.text);
        } else {
          await control.fill(a.value);
        }
      }
      s.filled = true;
    };

    /** Brings `s` to the privacy step, as its shopper would. */
    const toPrivacy = async (s) => {
      const own = FLOWS[s.flow].choose;
      for (let i = 0; i < 40; i++) {
        const st = await state(page, s.slot);
        if (st.step === "privacy" || st.step === "confirmation") return st;
        if (st.step === "loading") {
          await sleep(100);
          continue;
        }
        if (st.step === "choose") {
          await w(s.slot).locator(`#cw-choose-${own}`).click();
          continue;
        }
        if (FORM_STEPS.has(st.step)) {
          if (st.step !== own) {
            s.notes.push(`the form showed another flow (${st.step}); went back to choose`);
            s.foreignDraft = true;
            await w(s.slot).locator("#cw-back").click();
            await sleep(100);
            continue;
          }
          const wrong = missingAnswers(s, st.values);
          if (wrong.length) {
            const foreign = s.answers.filter((a) => a.kind === "text" && st.values[a.id] !== undefined && wrong.includes(a.id));
            if (foreign.length) {
              s.notes.push(`the form showed answers this shopper never gave (${foreign.map((a) => a.id).join(", ")}); typed again`);
              s.foreignDraft = true;
            } else if (s.filled) {
              s.notes.push(`answers gone (${wrong.join(", ")}); typed again`);
              run.refills++;
            }
            await fillAnswers(s);
          }
        }
        await w(s.slot).locator("#cw-submit").click();
        await sleep(30);
      }
      throw new Error(`#${s.n}: never reached the privacy step`);
    };

    /**
     * Presses Back on the privacy step until this instance leaves it, as a
     * shopper would when the first press seems to do nothing; notes when a
     * press moved another instance instead.
     */
    const goBack = async (s) => {
      for (let i = 0; i < 3; i++) {
        const others = await Promise.all(roundSubs.filter((o) => o !== s).map(async (o) => [o, (await state(page, o.slot)).step]));
        await w(s.slot).locator("#cw-back").click();
        let st;
        for (let j = 0; j < 15; j++) {
          await sleep(100);
          st = await state(page, s.slot);
          if (st.step !== "privacy") break;
        }
        for (const [o, step] of others) {
          const now = (await state(page, o.slot)).step;
          if (now !== step) {
            s.notes.push(`Back in instance ${s.slot} moved instance ${o.slot} (${step} -> ${now})`);
            s.crossBack = true;
          }
        }
        if (st.step !== "privacy") return true;
      }
      s.notes.push("Back did not leave the privacy step after three presses; the shopper sent instead");
      return false;
    };

    /** Back after a failure: the waiting submission must stay put until Send. */
    const backAndEdit = async (s) => {
      s.backDone = true;
      if (!(await goBack(s))) return;
      const before = await endpoint.requests();
      if (s.backVia === "reload") {
        await reload();
      } else {
        // Offline and back: the browser fires `online`.
        await setOffline(true);
        run.offline++;
        await sleep(200);
        await setOffline(false);
      }
      await sleep(1500);
      const st = await state(page, s.slot);
      const sent = (await endpoint.requests()) - before;
      await heldThenEdit(s, st, sent, "");
    };

    /** Checks that nothing went out while the shopper was away; then they edit their text. */
    const heldThenEdit = async (s, st, sent, how) => {
      s.held = sent === 0 && (FORM_STEPS.has(st.step) || st.step === "choose");
      if (!s.held) s.notes.push(`left waiting by Back${how}, yet sent (${sent} request(s), now on ${st.step})`);
      if (!s.held) return;
      if (st.step === "choose") {
        await w(s.slot).locator(`#cw-choose-${FLOWS[s.flow].choose}`).click();
        await sleep(50);
      }
      // The shopper edits their text, continues and sends: a new submission.
      s.text = `${s.text} (edited)`;
      await typeAtEnd(w(s.slot).locator(`#${s.field}`), " (edited)");
      s.edited = true;
    };

    /** Acts as the shopper until the instance shows its confirmation. */
    const settle = async (s) => {
      const deadline = Date.now() + 45_000;
      let queuedSince = 0;
      for (let i = 0; i < 400 && Date.now() < deadline; i++) {
        const st = await state(page, s.slot);
        if (st.step === "confirmation") {
          if (s.shown === null) s.shown = st.reference;
          s.done = true;
          return true;
        }
        if (st.step === "loading") {
          await sleep(100);
          continue;
        }
        if (st.step === "unavailable") {
          s.notes.push("the form was unavailable; reloaded");
          await reload();
          continue;
        }
        if (st.step === "privacy") {
          if (st.busy) {
            await sleep(100);
            continue;
          }
          if (st.notice === "queued") {
            if (offline) {
              await sleep(100);
              continue;
            }
            queuedSince ||= Date.now();
            if (Date.now() - queuedSince < 5000) {
              await sleep(100);
              continue;
            }
            s.notes.push("still queued 5 s after the network came back; pressed Send");
          }
          queuedSince = 0;
          if (st.notice === "failed" && s.moment === "back-after-failure" && !s.backDone) {
            await backAndEdit(s);
            continue;
          }
          if (st.notice === "failed") run.tryAgain++;
          await w(s.slot).locator("#cw-submit").click();
          await sleep(50);
          continue;
        }
        if (st.step === "choose" && s.sent) {
          const rows = await storedRows(s);
          if (rows.length > 0) {
            s.notes.push("stored, but after a reload the widget showed the first step, not the confirmation");
            s.unshown = true;
            s.done = true;
            return true;
          }
        }
        await toPrivacy(s);
      }
      s.notes.push("gave up waiting for the confirmation");
      return false;
    };

    /** Presses Send, with the seeded fault around it. */
    const play = async (s) => {
      const at = await toPrivacy(s);
      if (at.step === "confirmation") {
        // A confirmation this shopper never asked for: they take it as sent.
        s.shown = at.reference;
        s.done = true;
        s.foreignDraft = true;
        s.notes.push("the widget showed a confirmation before this shopper pressed Send");
        return;
      }
      const before = await endpoint.requests();
      await endpoint.script(s.steps);
      const send = async () => {
        s.sent = true;
        await w(s.slot).locator("#cw-submit").click();
      };
      switch (s.moment) {
        case "reload-before":
          await reload();
          await toPrivacy(s);
          await send();
          break;
        case "offline-before":
          await setOffline(true);
          run.offline++;
          await send();
          await sleep(s.offlineFor);
          await setOffline(false);
          break;
        case "back-after-failure":
          if (s.backVia === "offline-queue") {
            await setOffline(true);
            run.offline++;
            await send();
            await page.waitForFunction((slot) => !!window.widgets[slot] && document.querySelector(`[data-slot="${slot}"]`).shadowRoot.querySelector("#cw-notice"), s.slot, { timeout: 5000 });
            s.backDone = true;
            if (!(await goBack(s))) {
              await setOffline(false);
              break;
            }
            const r0 = await endpoint.requests();
            await setOffline(false);
            await sleep(1500);
            const st = await state(page, s.slot);
            const sent = (await endpoint.requests()) - r0;
            await heldThenEdit(s, st, sent, " while offline, when the browser came back online");
          } else {
            await send();
          }
          break;
        default:
          await send();
      }
      if (s.moment === "reload-while-sending") {
        await sleep(s.waitBeforeReload);
        await reload();
      }
      if (s.moment === "offline-while-sending") {
        await sleep(s.offlineAfter);
        await setOffline(true);
        run.offline++;
        await sleep(s.offlineFor);
        await setOffline(false);
      }
      await settle(s);
      if (s.moment === "reload-after" && s.shown !== null) {
        await reload();
        let st = await state(page, s.slot);
        for (let i = 0; i < 50 && st.step === "loading"; i++) {
          await sleep(100);
          st = await state(page, s.slot);
        }
        s.shownAfterReload = st.step === "confirmation" ? st.reference : null;
        if (s.shownAfterReload === null) s.notes.push(`after the reload the widget showed ${st.step}, not the confirmation`);
      }
      await endpoint.script([]);
      s.requests = (await endpoint.requests()) - before;
    };

    try {
      // A page that does not come up (the widget's files being rebuilt, say)
      // is tried again a few times before the round counts as aborted.
      for (let attempt = 1; ; attempt++) {
        try {
          await open(page, url);
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
          await sleep(5000);
        }
      }
      for (const s of roundSubs) {
        await toPrivacy(s);
      }
      for (const s of roundSubs) {
        await play(s);
      }
      // Whatever is still waiting on this page goes out before it closes.
      if (offline) await setOffline(false);
      for (const s of roundSubs) {
        if (!s.done) await settle(s);
      }
    } catch (e) {
      for (const s of roundSubs) {
        s.notes.push(`round stopped: ${e.message.split("\n")[0]}`);
        if (!s.done) s.aborted = true;
      }
    } finally {
      await page.closeAll();
    }
    if (verbose) {
      for (const s of roundSubs) {
        log(`#${s.n} round=${round}${s.noIds ? " (no ids)" : ""} slot=${s.slot} ${s.flow} ${s.misbehaviour} ${s.moment}${s.backVia ? `/${s.backVia}` : ""} requests=${s.requests} shown=${s.shown}${s.notes.length ? ` - ${s.notes.join("; ")}` : ""}`);
      }
    }
    round++;
  }

  // Slow answers the widget stopped waiting for are still stored late.
  await sleep(SLOW.delayMs + 500);
  run.requests = (await endpoint.requests()) - firstRequests;

  const rows = await server.submissions();
  const problems = { aborted: [], lost: [], duplicated: [], mismatched: [], stale: [], unheld: [], shared: [], notReshown: [], sameId: [], crossBack: [] };
  for (const s of subs) {
    const stored = FLOWS[s.flow].stored;
    const mine = rows.filter((r) => typeof stored(r.body) === "string" && stored(r.body).startsWith(`${s.marker} `));
    s.stored = mine.map((r) => r.reference);
    if (s.aborted && mine.length === 0) problems.aborted.push(s);
    else if (mine.length === 0) problems.lost.push(s);
    if (mine.length > 1) problems.duplicated.push(s);
    if (mine.length === 1) {
      const ref = mine[0].reference;
      if ((s.shown !== null && s.shown !== ref) || (s.shownAfterReload !== undefined && s.shownAfterReload !== null && s.shownAfterReload !== ref)) problems.mismatched.push(s);
      if (stored(mine[0].body) !== s.text) {
        s.notes.push(`stored "${stored(mine[0].body)}", last typed "${s.text}"`);
        problems.stale.push(s);
      }
    }
    if (s.held === false) problems.unheld.push(s);
    if (s.foreignDraft) problems.shared.push(s);
    if (s.shownAfterReload === null || s.unshown) problems.notReshown.push(s);
    if (s.crossBack) problems.crossBack.push(s);
    if (s.edited && s.held) {
      // The edit must have gone out under a new id.
      const ids = (text) => new Set(events.filter((e) => e.type === "submit" && e.fields && JSON.parse(e.fields)[s.field.slice(3).replace(/-/g, "_")] === text).map((e) => e.id));
      const before = ids(s.text.replace(/ \(edited\)$/, ""));
      const after = ids(s.text);
      if ([...after].some((id) => before.has(id))) problems.sameId.push(s);
    }
  }
  const counts = {
    seed,
    submissions: subs.length,
    requests: run.requests,
    reloads: run.reloads,
    offline: run.offline,
    aborted: problems.aborted.length,
    lost: problems.lost.length,
    duplicated: problems.duplicated.length,
    mismatched: problems.mismatched.length,
    stale: problems.stale.length,
    unheld: problems.unheld.length,
    shared: problems.shared.length,
    notReshown: problems.notReshown.length,
    sameId: problems.sameId.length,
    crossBack: problems.crossBack.length,
    tryAgain: run.tryAgain,
    refills: run.refills,
    exceptions: exceptions.length,
  };
  return { counts, problems, subs, exceptions, events };
}

/** The one-line summary: `faults: seed=N submissions=N requests=N ...`. */
export function countsLine(c) {
  return `faults: seed=${c.seed} submissions=${c.submissions} requests=${c.requests} reloads=${c.reloads} offline=${c.offline} lost=${c.lost} duplicated=${c.duplicated}` +
    ` aborted=${c.aborted}` +
    ` mismatched=${c.mismatched} stale=${c.stale} unheld=${c.unheld} shared=${c.shared} not-reshown=${c.notReshown} same-id=${c.sameId} cross-back=${c.crossBack}` +
    ` try-again=${c.tryAgain} refills=${c.refills} exceptions=${c.exceptions}`;
}

/** One line per submission in a problem list, for failure messages. */
export function describe(list) {
  return list
    .map((s) => `  #${s.n} (${s.flow}, slot ${s.slot}${s.noIds ? ", no ids" : ""}, ${s.misbehaviour}, ${s.moment}${s.backVia ? `/${s.backVia}` : ""}) shown=${s.shown}` +
      `${s.shownAfterReload !== undefined ? ` after-reload=${s.shownAfterReload}` : ""} stored=[${(s.stored || []).join(", ")}]${s.notes.length ? `: ${s.notes.join("; ")}` : ""}`)
    .join("\n");
}
