// The injection corpus: every payload below goes through every text field of
// every flow (typed in the UI, restored from the draft after a reload, sent
// to the real endpoint), through every string option given to mount(), and
// through every server answer the endpoint can be told to give. A payload
// that ran would call window.__xss(n), change document.title or open a
// dialog; the page (www/xss.html, served under the strict CSP) records CSP
// violations, and no element may appear that the widget does not make.
// Typed payloads must be stored exactly as typed, apart from what the widget
// documents it removes (control and bidirectional-override characters,
// surrounding white space) and the line breaks a one-line <input> drops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import { withServerAndBrowser, newPage } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const LONG = "<img src=x onerror=__xss(24)>".concat("&quot;\"'`<>".repeat(8)).repeat(12).slice(0, 990);

/** The corpus: at least one of each kind the widget could mishandle. */
export const PAYLOADS = [
  "<script>__xss(1)</script>",
  "<img src=x onerror=__xss(2)>",
  "<svg onload=__xss(3)>",
  "<svg><script>__xss(4)</script></svg>",
  "javascript:__xss(5)",
  " JaVaScRiPt:__xss(6)//",
  "\"><img src=x onerror=__xss(7)>",
  "'><script>__xss(8)</script>",
  "</textarea><script>__xss(9)</script>",
  "</title><script>__xss(10)</script>",
  "${__xss(11)}",
  "`${__xss(12)}`",
  "{{__xss(13)}}",
  "{{constructor.constructor('__xss(14)')()}}",
  "</style><script>__xss(15)</script>",
  "<style>@import 'https://x.invalid/16.css';</style>",
  "x{}</style><img src=x onerror=__xss(17)>",
  "\u202Egnp.exe<img src=x onerror=__xss(18)>",
  "\u2066isolate\u2069 \u200F<b>19</b>\u200E",
  "&lt;script&gt;__xss(20)&lt;/script&gt;",
  "&#60;img src=x onerror=__xss(21)&#62;",
  "%3Cscript%3E__xss(22)%3C%2Fscript%3E",
  "a\u0000<script>__xss(23)</script>",
  LONG,
  "\u0000\u0001\u001b[31mred\u007f\u0085 control",
  "{ $x }",
  "{\"",
  "{ -brand }",
  "{ $count -> [one] one *[other] __xss(29) }",
  "\\u003cscript\\u003e__xss(30)\\u003c/script\\u003e",
  "\uFF1Cscript\uFF1E__xss(31)\uFF1C/script\uFF1E",
  "<iframe src=\"javascript:__xss(32)\"></iframe>",
  "<a href=\"javascript:__xss(33)\">click</a>",
  "<math><mtext><table><mglyph><style><img src=x onerror=__xss(34)>",
  "<!--<img src=\"--><img src=x onerror=__xss(35)//\">",
  "<object data=\"javascript:__xss(36)\"></object>",
  "<body onload=__xss(37)>",
  "<details open ontoggle=__xss(38)>",
  "<input autofocus onfocus=__xss(39)>",
  "data:text/html,<script>__xss(40)</script>",
  "'; __xss(41); '",
  "\"}); __xss(42); //",
  "<base href=\"javascript:__xss(43)//\">",
  "{\"__proto__\":{\"polluted\":44}}",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss(45)\">",
  "<link rel=stylesheet href=https://x.invalid/46.css>",
  "Z\u0351\u0364 a\u0308 \u{1F469}\u{1F3FD}\u200D\u{1F680} <b>47</b>",
  "line one\r\n<script>__xss(48)</script>\nline three",
  "<template><img src=x onerror=__xss(49)></template>",
  "<img src=x onerror=\"document.title='XSS-50'\">",
  "<img src=x onerror=alert(51)>",
  "\t<b>tabbed</b>\t52 ",
];

// What the widget makes; anything else in its shadow root was injected.
const WIDGET_TAGS = ["SECTION", "DIV", "H2", "H3", "P", "FORM", "UL", "LI", "A", "BUTTON", "INPUT", "TEXTAREA", "LABEL", "FIELDSET", "LEGEND", "SPAN", "DIALOG"];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function script(steps) {
  const res = await fetch(`${server.url}/api/_test/script`, { method: "POST", body: JSON.stringify(steps) });
  assert.equal(res.status, 204);
}

async function cspReports() {
  const res = await fetch(`${server.url}/api/_test/csp-report`);
  return res.ok ? (await res.json()).length : 0;
}

/** A page of the corpus, with dialogs counted as execution. */
async function corpusPage(query = "") {
  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  page.dialogs = [];
  page.on("dialog", (d) => {
    page.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(`${server.url}/xss.html${query}`);
  await page.waitForSelector("html[data-ready=true]");
  return page;
}

/** Every sign that a payload ran or was parsed into markup. */
async function findings(page) {
  const seen = await page.evaluate((allowed) => {
    const out = [];
    const ok = new Set(allowed);
    if (window.__xssHits.length) out.push(`ran: __xss(${window.__xssHits.join(", ")})`);
    if (document.title !== window.__title) out.push(`document.title became ${JSON.stringify(document.title)}`);
    for (const v of window.__csp || []) out.push(`csp: ${v}`);
    const tags = [...document.querySelectorAll("*")].map((e) => e.tagName).join(",");
    if (tags !== window.__pageElements) out.push(`the page's own elements changed: ${tags}`);
    if ({}.polluted !== undefined) out.push("Object.prototype was polluted");
    const risky = /^\s*(javascript|vbscript|data):/i;
    const look = (el, inWidget) => {
      if (inWidget && !ok.has(el.tagName)) out.push(`<${el.tagName.toLowerCase()}> in the widget`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${a.name} on <${el.tagName.toLowerCase()}>`);
        if (inWidget && a.name === "style") out.push(`a style attribute on <${el.tagName.toLowerCase()}>`);
        if (inWidget && ["href", "src", "action", "formaction", "data", "srcdoc"].includes(a.name) && risky.test(a.value.replace(/[\u0000-\u001f]/g, ""))) {
          out.push(`${a.name}=${JSON.stringify(a.value.slice(0, 60))} on <${el.tagName.toLowerCase()}>`);
        }
      }
    };
    const walk = (root, inWidget) => {
      for (const el of root.querySelectorAll("*")) {
        look(el, inWidget);
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document, false);
    return out;
  }, WIDGET_TAGS);
  for (const d of page.dialogs) seen.push(`a dialog opened: ${d}`);
  return seen;
}

/** Page errors (uncaught exceptions), which a hostile value must never cause. */
async function exceptions(page) {
  return (await page.problems()).filter((p) => p.startsWith("exception:"));
}

// --- typed into every text field of every flow -------------------------------

// `[control id, where the endpoint stores it, most characters, multi-line]`
// for free text; `[control id, a valid answer]` for fields with a format
// (references, email, phone), which refuse markup by design: the payload is
// typed, checked and restored from the draft there, then replaced to send.
const FLOWS = {
  feedback: {
    choose: "feedback",
    picks: ["cw-feedback-topic-other", "cw-reply-wanted"],
    free: [["cw-feedback-message", "fields.feedback_message", 2000, true], ["cw-name", "contact.name", 100, false]],
    strict: [["cw-email", "anna@example.nl"]],
  },
  complaint: {
    choose: "complaint",
    picks: ["cw-contacted-before-no", "cw-complaint-category-other"],
    free: [
      ["cw-what-went-wrong", "fields.what_went_wrong", 2000, true],
      ["cw-wanted-outcome", "fields.wanted_outcome", 1000, true],
      ["cw-name", "contact.name", 100, false],
    ],
    strict: [["cw-order-reference", "ORD-1001"], ["cw-email", "anna@example.nl"], ["cw-phone", "+31 20 555 0101"]],
  },
  escalation: {
    choose: "complaint",
    picks: ["cw-contacted-before-yes"],
    free: [
      ["cw-earlier-contacts", "fields.earlier_contacts", 2000, true],
      ["cw-why-dissatisfied", "fields.why_dissatisfied", 2000, true],
      ["cw-wanted-resolution", "fields.wanted_resolution", 1000, true],
      ["cw-name", "contact.name", 100, false],
    ],
    strict: [["cw-previous-case-reference", "CS-482913"], ["cw-email", "anna@example.nl"], ["cw-phone", "+31 20 555 0101"]],
  },
  purchase: {
    choose: "purchase-problem",
    picks: ["cw-purchase-issue-return-not-confirmed"],
    free: [
      ["cw-seller", "fields.seller", 100, false],
      ["cw-problem-description", "fields.problem_description", 2000, true],
      ["cw-name", "contact.name", 100, false],
    ],
    strict: [["cw-order-reference", "ORD-9001"], ["cw-return-tracking", "3SABC1234567"], ["cw-email", "anna@example.nl"], ["cw-phone", "+31 20 555 0101"]],
  },
};

// Rust's `char::is_whitespace` (what the widget trims), as code points.
const RUST_WHITE_SPACE = new Set([0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

/**
 * What the widget sends for a typed value, by its documented rule: control
 * characters (C0, DEL, C1) and the bidirectional overrides and isolates are
 * removed, except line breaks and tabs in multi-line text; then surrounding
 * white space is trimmed.
 */
export function cleaned(value, multiline) {
  const kept = [...value].filter((ch) => {
    const c = ch.codePointAt(0);
    if (multiline && (c === 0xa || c === 0x9)) return true;
    const control = c <= 0x1f || (c >= 0x7f && c <= 0x9f);
    return !control && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069);
  });
  while (kept.length && RUST_WHITE_SPACE.has(kept[0].codePointAt(0))) kept.shift();
  while (kept.length && RUST_WHITE_SPACE.has(kept[kept.length - 1].codePointAt(0))) kept.pop();
  return kept.join("");
}

const at = (obj, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
const show = (s) => JSON.stringify(s.length > 70 ? `${s.slice(0, 70)}…` : s);

/** The values of the given controls, through the widget's shadow root. */
async function controlValues(page, ids) {
  return page.evaluate((ids) => {
    const root = document.getElementById("complaint").shadowRoot;
    return Object.fromEntries(ids.map((id) => [id, root.getElementById(id)?.value ?? null]));
  }, ids);
}

/**
 * What a control holds after text is typed into it, by the browser's own
 * editing rules: a <textarea> turns CR LF and CR into LF; a one-line <input>
 * turns each line break into a space.
 */
async function asBrowserHolds(page, text, multiline) {
  if (!multiline) return text.replace(/\r\n|[\r\n]/g, " ");
  return page.evaluate((text) => {
    const control = document.createElement("textarea");
    control.value = text;
    return control.value;
  }, text);
}

async function step(page) {
  return page.evaluate(() => document.getElementById("complaint").shadowRoot.querySelector("#cw-title")?.textContent ?? "");
}

/** Sends every payload through every text field of one flow. */
async function typedCorpus(name) {
  const flow = FLOWS[name];
  const page = await corpusPage();
  const report = { typed: 0, stored: 0, tooLong: 0, failures: [] };
  const fail = (what) => report.failures.push(what);
  const reportsBefore = await cspReports();
  try {
    for (let p = 0; p < PAYLOADS.length; p++) {
      const label = `${name} #${p}`;
      await page.locator(`#cw-choose-${flow.choose}`).click();
      for (const id of flow.picks) await page.locator(`#${id}`).check();
      // Each field gets a different payload; over the run, every field gets every one.
      const typed = {};
      const all = [...flow.free.map((f) => f[0]), ...flow.strict.map((f) => f[0])];
      all.forEach((id, j) => {
        typed[id] = PAYLOADS[(p + j * 7) % PAYLOADS.length];
      });
      for (const id of all) {
        await page.locator(`#${id}`).fill(typed[id]);
        report.typed++;
      }
      await page.locator(`#${all[0]}`).focus(); // leave the last field: its error shows
      const held = await controlValues(page, all);
      for (const [id, , , multiline] of flow.free) {
        const expected = await asBrowserHolds(page, typed[id], multiline);
        if (held[id] !== expected) fail(`${label} ${id}: the control holds ${show(held[id])}, typed ${show(typed[id])}`);
      }
      for (const f of await findings(page)) fail(`${label} while typing: ${f}`);

      // A reload brings every answer back from the draft.
      await page.reload();
      await page.waitForSelector("html[data-ready=true]");
      await page.waitForSelector(`#${all[0]}`);
      const restored = await controlValues(page, all);
      for (const id of all) {
        if (restored[id] !== held[id]) fail(`${label} ${id}: after the reload ${show(String(restored[id]))}, before ${show(held[id])}`);
      }
      for (const f of await findings(page)) fail(`${label} after the reload: ${f}`);

      // Formatted fields get valid answers; free text too long for its field
      // (the form would refuse it) is replaced by a short answer.
      for (const [id, valid] of flow.strict) await page.locator(`#${id}`).fill(valid);
      const sent = {};
      for (const [id, , max] of flow.free) {
        if ([...cleaned(held[id], true)].length > max) {
          report.tooLong++;
          await page.locator(`#${id}`).fill("Plain words");
          sent[id] = "Plain words";
        } else {
          sent[id] = held[id];
        }
      }
      await page.locator("#cw-submit").click();
      await page.waitForSelector("text=How we handle your information", { timeout: 5000 }).catch(() => {});
      if (!/How we handle your information/.test(await step(page))) {
        const errors = await page.evaluate(() => [...document.getElementById("complaint").shadowRoot.querySelectorAll(".cw-error:not([hidden])")].map((e) => `${e.id}: ${e.textContent}`));
        fail(`${label}: the form did not continue: ${errors.join("; ")}`);
        await page.evaluate(() => window.widget?.reset?.());
        await page.reload();
        await page.waitForSelector("html[data-ready=true]");
        continue;
      }
      await page.locator("#cw-submit").click();
      await page.waitForSelector("#cw-reference", { timeout: 15_000 });
      const reference = (await page.locator("#cw-reference").textContent()).trim();
      const row = (await server.submissions()).find((r) => r.reference === reference);
      if (!row) {
        fail(`${label}: nothing stored under ${reference}`);
      } else {
        for (const [id, path, , multiline] of flow.free) {
          const want = cleaned(sent[id], multiline);
          const got = at(row.body, path);
          if (got !== want) fail(`${label} ${id}: stored ${show(String(got))}, expected ${show(want)}`);
          else if (sent[id] !== "Plain words") report.stored++;
        }
      }
      for (const f of await findings(page)) fail(`${label} on the confirmation: ${f}`);
      await page.locator("#cw-start-again").click();
      await page.waitForSelector(`#cw-choose-${flow.choose}`);
    }
    for (const e of await exceptions(page)) fail(`${name}: ${e}`);
    const reports = (await cspReports()) - reportsBefore;
    if (reports) fail(`${name}: ${reports} CSP report(s) reached the endpoint`);
  } finally {
    await page.closeAll();
  }
  console.log(`xss: ${name}: payloads=${PAYLOADS.length} typed=${report.typed} stored-exactly=${report.stored} too-long-for-the-field=${report.tooLong} failures=${report.failures.length}`);
  assert.deepEqual(report.failures.slice(0, 25), [], `${report.failures.length} failure(s)`);
}

test("the corpus has every kind of payload, more than 40", () => {
  assert.ok(PAYLOADS.length >= 40);
  assert.equal(new Set(PAYLOADS).size, PAYLOADS.length);
});

test("the detectors see an injection when there is one", { timeout: 60_000 }, async () => {
  const page = await corpusPage();
  try {
    assert.deepEqual(await findings(page), []);
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.setAttribute("onerror", "__xss(0)");
      img.src = "x";
      document.getElementById("complaint").shadowRoot.querySelector(".cw").append(img);
    });
    await page.waitForFunction(() => window.__csp.length > 0);
    const seen = (await findings(page)).join("\n");
    assert.match(seen, /<img> in the widget/);
    assert.match(seen, /onerror on <img>/);
    assert.match(seen, /csp: script-src-attr/);
  } finally {
    await page.closeAll();
  }
});

for (const name of Object.keys(FLOWS)) {
  test(`typed into every text field of the ${name} flow: nothing runs, the draft restores it, the endpoint stores it exactly`, { timeout: 300_000 }, () => typedCorpus(name));
}

// --- every string option given to mount() -----------------------------------

/**
 * Option cases: what to mount with, and what to do then: `send` presses Send
 * (the form is on the privacy step), `draft` types, remounts and expects the
 * answer back.
 */
function optionCases(p, url) {
  return [
    ["brand", { brand: p, presentation: "launcher" }],
    ["brand (privacy step)", { brand: p, fixture: "privacy" }],
    ["privacyUrl", { privacyUrl: p, fixture: "privacy" }],
    ["privacyUrl (a path with the payload)", { privacyUrl: `/privacy.html?q=${p}`, fixture: "privacy" }],
    ["messages", { messages: { en: { "button-send": p, "step-privacy-title": p, "widget-label": p } }, fixture: "privacy" }],
    ["messages (keys)", { messages: { en: { [p]: "x" }, [p]: { "button-send": "x" } }, fixture: "privacy" }],
    ["markets: body name", { market: "NL", markets: { NL: { bodies: [{ name: p, url: "https://example.org/" }] } }, fixture: "confirmation-escalation" }],
    ["markets: body url", { market: "NL", markets: { NL: { bodies: [{ name: "A body", url: p }] } }, fixture: "confirmation-escalation" }],
    ["markets: market key", { markets: { [p]: { complaintDays: 10 } }, fixture: "confirmation-escalation" }],
    ["headers: value", { headers: { "X-Note": p }, fixture: "privacy", retries: 0 }, "send"],
    ["headers: name", { headers: { [p]: "x" }, fixture: "privacy", retries: 0 }, "send"],
    ["metadata", { metadata: { note: p, [p]: "key", nested: [p, { p }] }, fixture: "privacy", retries: 0 }, "send", "metadata"],
    ["locale", { locale: p }],
    ["market", { market: p, fixture: "confirmation-escalation" }],
    ["id", { id: p }, "draft"],
    ["endpoint", { endpoint: p, fixture: "privacy", retries: 0 }, "send"],
    ["endpoint (a query with the payload)", { endpoint: `${url}/api/submissions?q=${p}`, fixture: "privacy", retries: 0 }, "send", "metadata"],
    ["fixture", { fixture: p }],
    ["theme", { theme: p }],
    ["presentation", { presentation: p }],
    ["draft", { draft: p }],
    ["credentials", { credentials: p }],
    ["operator", { operator: p }],
    ["escalation: name (gate)", { escalation: { name: p, days: 10 }, fixture: "complaint-gate-yes" }],
    ["escalation: name (confirmation)", { operator: "merchant", escalation: { name: p }, fixture: "confirmation-escalation" }],
  ];
}

/** Mounts with `options`; the step shown, or "unavailable". */
async function mountCase(page, options) {
  return page.evaluate(async (options) => {
    const step = await window.mountCase(options);
    const root = document.getElementById("complaint").shadowRoot;
    return root.querySelector(".cw-unavailable") ? "unavailable" : step;
  }, options);
}

test("every string option given to mount(): nothing runs, nothing is injected", { timeout: 300_000 }, async () => {
  const page = await corpusPage("?manual");
  const failures = [];
  let cases = 0;
  let unavailable = 0;
  let sent = 0;
  const reportsBefore = await cspReports();
  try {
    for (let p = 0; p < PAYLOADS.length; p++) {
      for (const [name, options, action, check] of optionCases(PAYLOADS[p], server.url)) {
        const label = `${name} #${p}`;
        cases++;
        let shown;
        try {
          shown = await mountCase(page, options);
        } catch (e) {
          failures.push(`${label}: mount() threw ${e.message.split("\n")[0]}`);
          continue;
        }
        if (shown === "unavailable") unavailable++;
        if (action === "send" && shown === "privacy") {
          await script([]);
          const root = page.locator("#complaint");
          await root.locator("#cw-submit").click();
          // Sent, refused, or failed: any outcome but running something.
          await page.waitForFunction(() => window.events.some((e) => e.type === "success" || e.type === "error"), null, { timeout: 10_000 }).catch(() => {});
          const success = await page.evaluate(() => window.events.find((e) => e.type === "success")?.detail);
          if (success) {
            sent++;
            if (check === "metadata") {
              const row = (await server.submissions()).find((r) => r.reference === success.reference);
              const want = options.metadata;
              if (want && !isDeepStrictEqual(row?.body.metadata, want)) {
                failures.push(`${label}: metadata stored as ${show(JSON.stringify(row?.body.metadata))}`);
              }
            }
          }
        }
        if (action === "draft" && shown === "choose") {
          await page.locator("#cw-choose-feedback").click();
          await page.locator("#cw-feedback-message").fill(`draft for ${p}`);
          await mountCase(page, options);
          const back = await page.evaluate(() => document.getElementById("complaint").shadowRoot.getElementById("cw-feedback-message")?.value);
          if (back !== `draft for ${p}`) failures.push(`${label}: the draft came back as ${show(String(back))}`);
          await page.evaluate(() => sessionStorage.clear());
        }
        for (const f of await findings(page)) failures.push(`${label}: ${f}`);
      }
    }
    for (const e of await exceptions(page)) failures.push(e);
    const reports = (await cspReports()) - reportsBefore;
    if (reports) failures.push(`${reports} CSP report(s) reached the endpoint`);
  } finally {
    await page.evaluate(() => sessionStorage.clear()).catch(() => {});
    await page.closeAll();
  }
  console.log(`xss: options: payloads=${PAYLOADS.length} mounts=${cases} unavailable=${unavailable} sent=${sent} failures=${failures.length}`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} failure(s)`);
});

// --- every answer the endpoint can be told to give --------------------------

test("every server answer: field errors naming each payload, hostile bodies; nothing runs, nothing is shown", { timeout: 300_000 }, async () => {
  const page = await corpusPage("?manual");
  const failures = [];
  let answers = 0;
  const reportsBefore = await cspReports();
  const steps = [
    ...PAYLOADS.map((p) => ({ status: 422, fields: [p] })),
    ...PAYLOADS.map((p) => ({ status: 422, fields: ["email", p] })),
    { status: 422, fields: PAYLOADS },
    { body: "markup" },
    { body: "html" },
    { body: "huge" },
    { body: "no-reference" },
    { status: 500 },
    { status: 400 },
    { status: 404 },
    { status: 418 },
  ];
  try {
    for (const [i, s] of steps.entries()) {
      const label = `${JSON.stringify(s).slice(0, 80)} (#${i})`;
      assert.equal(await mountCase(page, { fixture: "privacy", retries: 0 }), "privacy");
      await script([s]);
      await page.locator("#complaint").locator("#cw-submit").click();
      await page.waitForFunction(() => window.events.some((e) => e.type === "error" || e.type === "success"), null, { timeout: 10_000 });
      answers++;
      const ev = await page.evaluate(() => window.events.find((e) => e.type === "error" || e.type === "success"));
      if (ev.type === "success") failures.push(`${label}: taken as a success (${JSON.stringify(ev.detail)})`);
      const texts = await page.evaluate(() => document.getElementById("complaint").shadowRoot.textContent);
      for (const p of s.fields || []) {
        if (p.length > 3 && texts.includes(p)) failures.push(`${label}: the widget shows the field name ${show(p)}`);
      }
      if (/onerror|<img|<!doctype|scripted failure/i.test(texts)) failures.push(`${label}: the widget shows the answer's text`);
      for (const f of await findings(page)) failures.push(`${label}: ${f}`);
    }
    for (const e of await exceptions(page)) failures.push(e);
    const reports = (await cspReports()) - reportsBefore;
    if (reports) failures.push(`${reports} CSP report(s) reached the endpoint`);
  } finally {
    await page.closeAll();
  }
  console.log(`xss: answers: ${answers} hostile answers, failures=${failures.length}`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} failure(s)`);
});

// A reference or an error text that is itself a payload needs the endpoint
// to answer with a text the test chooses: a script step
// `{"reference": "<text>"}` (answer 201 {"reference": "<text>"}) and
// `{"status": N, "error": "<text>"}`; the test first checks that it does.
async function endpointEchoes() {
  await script([{ status: 500, error: "probe-error" }, { reference: "probe-reference" }]);
  const post = () => fetch(`${server.url}/api/submissions`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.json()).catch(() => ({}));
  const first = await post();
  const second = await post();
  await script([]);
  return first.error === "probe-error" && second.reference === "probe-reference";
}

test("references and error texts that are payloads", { timeout: 300_000 }, async () => {
  assert.ok(await endpointEchoes(), "the endpoint answers with a chosen reference or error text (script steps {reference} and {status, error})");
  const page = await corpusPage("?manual");
  const failures = [];
  try {
    for (const [i, p] of PAYLOADS.entries()) {
      for (const s of [{ reference: p }, { status: 500, error: p }, { status: 503, error: p, retryAfter: 1 }]) {
        assert.equal(await mountCase(page, { fixture: "privacy", retries: 0 }), "privacy");
        await script([s]);
        await page.locator("#complaint").locator("#cw-submit").click();
        await page.waitForFunction(() => window.events.some((e) => e.type === "error" || e.type === "success"), null, { timeout: 10_000 });
        const ev = await page.evaluate(() => window.events.find((e) => e.type === "error" || e.type === "success"));
        const label = `${Object.keys(s)[0]} #${i}`;
        if (ev.type === "success" && ev.detail.reference !== p) failures.push(`${label}: confirmed with ${show(ev.detail.reference)}`);
        const texts = await page.evaluate(() => document.getElementById("complaint").shadowRoot.textContent);
        if (p.length > 3 && texts.includes(p) && ev.type !== "success") failures.push(`${label}: the widget shows the answer's text`);
        for (const f of await findings(page)) failures.push(`${label}: ${f}`);
      }
    }
    for (const e of await exceptions(page)) failures.push(e);
  } finally {
    await page.closeAll();
  }
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} failure(s)`);
});
