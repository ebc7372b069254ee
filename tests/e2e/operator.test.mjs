// Who runs the form (the `operator` and `escalation` options), in the eight
// languages: a shop (the default) never promises a payment pause, reminder
// fees or an impartial in-house ombudsman, asks for no seller, states no
// time it has not set, and sends the gate's "yes" to its complaints manager
// or, where it names none, to the market's dispute bodies; a payment
// provider keeps the seeds' wording and flows. Every state with axe-core,
// the bodies per market per operator, the option's attribute and data-*
// forms, bad values, and what the endpoint stored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, axe, widgetTexts, active, MISSING_MESSAGE } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

// Per language: the choice's label for each operator, who reviews by
// default, and what only a payment provider may say (its payment pause,
// reminder fees, an impartial in-house ombudsman). Norwegian calls the
// seeds' reviewer klageansvarlig, the word a shop uses too.
const L = {
  en: { order: "Report a problem with an order", purchase: "Report a problem with a purchase", manager: "Our complaints manager", ombudsman: "Our consumer ombudsman", only: [/pause/i, /reminder fee/i, /ombudsman/i, /impartial/i] },
  nl: { order: "Een probleem met een bestelling melden", purchase: "Een probleem met een aankoop melden", manager: "Onze klachtenfunctionaris", ombudsman: "Onze consumentenombudsman", only: [/pauze/i, /herinneringskosten/i, /ombudsman/i, /onpartijdig/i] },
  sv: { order: "Anmäl ett problem med en beställning", purchase: "Anmäl ett problem med ett köp", manager: "Vår klagomålsansvarige", ombudsman: "Vårt kundombud", only: [/paus/i, /påminnelseavgift/i, /ombud/i, /opartisk/i] },
  nb: { order: "Meld fra om et problem med en bestilling", purchase: "Meld fra om et problem med et kjøp", manager: "Vår klageansvarlige", ombudsman: "Vår klageansvarlige", only: [/pause/i, /purregebyr/i, /ombud/i, /upartisk/i] },
  fr: { order: "Signaler un problème avec une commande", purchase: "Signaler un problème avec un achat", manager: "Notre responsable des réclamations", ombudsman: "Notre médiateur client", only: [/suspen/i, /frais de relance/i, /médiateur client/i, /impartial/i] },
  de: { order: "Problem mit einer Bestellung melden", purchase: "Problem mit einem Kauf melden", manager: "Unser Beschwerdemanagement", ombudsman: "Unsere Ombudsstelle für Verbraucher", only: [/pausier/i, /Mahngebühr/i, /Ombudsstelle/i, /unparteiisch/i] },
  da: { order: "Meld et problem med en ordre", purchase: "Meld et problem med et køb", manager: "Vores klageansvarlige", ombudsman: "Vores kundeombudsmand", only: [/pause/i, /rykkergebyr/i, /ombudsmand/i, /upartisk/i] },
  fi: { order: "Ilmoita tilaukseen liittyvästä ongelmasta", purchase: "Ilmoita ostokseen liittyvästä ongelmasta", manager: "Valituksista vastaava henkilömme", ombudsman: "Asiakasasiamiehemme", only: [/keskeyt/i, /muistutusmaksu/i, /asiamie/i, /puolueettom/i] },
};
const LANGUAGES = Object.keys(L);

// The bodies per market and operator (src/market.rs): a payment provider's
// are the seeds'; a shop's are its market's own ADR bodies, advice and courts.
const BODIES = {
  "payment-provider": {
    SE: ["https://www.arn.se/", "https://www.konsumenternas.se/", null, "https://www.domstol.se/"],
    NO: ["https://www.forbrukerradet.no/", "https://www.forbrukertvistutvalget.no/", "https://www.domstol.no/", "https://www.arn.se/"],
    NL: ["https://www.kifid.nl/", "https://www.arn.se/", "https://www.rechtspraak.nl/"],
    DE: ["https://www.bundesbank.de/de/service/schlichtungsstelle"],
    DK: ["https://naevneneshus.dk/"],
    FI: ["https://www.kuluttajariita.fi/"],
    FR: [],
  },
  merchant: {
    SE: ["https://www.arn.se/", "https://www.hallakonsument.se/", null, "https://www.domstol.se/"],
    NO: ["https://www.forbrukertilsynet.no/tvistelosning", "https://www.forbrukerradet.no/", "https://www.domstol.no/"],
    NL: ["https://www.degeschillencommissie.nl/", "https://www.consuwijzer.nl/", "https://www.rechtspraak.nl/"],
    DE: ["https://www.universalschlichtungsstelle.de/", "https://www.verbraucherzentrale.de/"],
    DK: ["https://naevneneshus.dk/", "https://www.forbrug.dk/"],
    FI: ["https://www.kkv.fi/kuluttajaneuvonta/", "https://www.kuluttajariita.fi/"],
    FR: ["https://www.economie.gouv.fr/mediation-conso", "https://www.conciliateurs.fr/"],
  },
};

function fixtureUrl(fixture, { locale = "en", market = "NL", operator, escalation } = {}) {
  const q = new URLSearchParams({ fixture, locale, market });
  if (operator) q.set("operator", operator);
  if (escalation !== undefined) q.set("escalation", JSON.stringify(escalation));
  return `${server.url}/fixtures.html?${q}`;
}

/** The text the widget shows, as one string (hidden parts left out). */
async function shownText(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#complaint").shadowRoot;
    return root.querySelector(".cw").innerText;
  });
}

/**
 * What the step says will happen: the gate's visible inset, or the
 * confirmation's "what happens next" paragraph.
 */
async function promised(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#complaint").shadowRoot;
    const inset = [...root.querySelectorAll(".cw-inset")].find((e) => !e.hidden);
    if (inset) return inset.textContent;
    return root.querySelector(".cw-panel ~ .cw-subtitle + p")?.textContent ?? "";
  });
}

/** The bodies listed where to turn: each link's address (null for a name without one). */
async function bodies(page, within = ".cw-bodies") {
  return page.evaluate((sel) => {
    const root = (document.querySelector("#complaint") || document.querySelector("#slots > *")).shadowRoot;
    const list = [...root.querySelectorAll(sel)].find((l) => l.offsetParent !== null);
    return list ? [...list.querySelectorAll("li")].map((li) => li.querySelector("a")?.getAttribute("href") ?? null) : [];
  }, within);
}

async function stored(reference) {
  const row = (await server.submissions()).find((r) => r.reference === reference);
  assert.ok(row, `the endpoint stored ${reference}`);
  return row.body;
}

async function submissionCount() {
  return (await server.submissions()).length;
}

// Every state the operator changes, in every language, for both operators:
// the key texts, nothing a shop cannot promise, nothing missing, axe clean.
for (const lang of LANGUAGES) {
  for (const operator of ["merchant", "payment-provider"]) {
    test(`${lang}, ${operator}: every flow's texts fit who runs the form, accessibly`, { timeout: 120_000 }, async () => {
      const t = L[lang];
      const shop = operator === "merchant";
      const page = await newPage(browser);
      try {
        const texts = {};
        const said = {};
        for (const fixture of [
          "choose",
          "purchase-problem-return",
          "complaint-gate-no",
          "complaint-gate-yes",
          "complaint-gate-yes-bodies",
          "confirmation-complaint",
          "confirmation-escalation",
          "confirmation-purchase-problem",
        ]) {
          await open(page, fixtureUrl(fixture, { locale: lang, operator }));
          assert.equal(await page.locator(".cw").getAttribute("lang"), lang);
          const all = await widgetTexts(page);
          assert.deepEqual(all.filter((x) => MISSING_MESSAGE.test(x) || x.includes("{$") || x.includes("{ $")), [], `${fixture}: unformatted messages`);
          assert.deepEqual(await axe(page), [], `${fixture}: axe violations`);
          texts[fixture] = await shownText(page);
          said[fixture] = await promised(page);
          if (shop) {
            for (const word of t.only) assert.doesNotMatch(texts[fixture], word, `${fixture}: a shop never says ${word}`);
          }
        }
        // The first choice and the purchase step are named for the operator.
        assert.ok(texts.choose.includes(shop ? t.order : t.purchase), texts.choose);
        assert.ok(!texts.choose.includes(shop ? t.purchase : t.order));
        assert.ok(texts["purchase-problem-return"].includes(shop ? t.order : t.purchase));
        if (!shop) {
          // The seeds' wording: the payment pause and no reminder fees.
          assert.match(texts["purchase-problem-return"], t.only[0]);
          assert.match(texts["purchase-problem-return"], t.only[1]);
          assert.match(texts["confirmation-purchase-problem"], t.only[0]);
          assert.match(texts["complaint-gate-yes"], t.only[3], "the ombudsman reviews impartially");
        }
        // Who reviews after customer service, by its built-in name.
        const reviewer = shop ? t.manager : t.ombudsman;
        assert.ok(texts["complaint-gate-yes"].includes(reviewer), texts["complaint-gate-yes"]);
        assert.ok(texts["confirmation-escalation"].includes(reviewer), texts["confirmation-escalation"]);
        // A shop states no complaint time it has not set; the payment provider's is 14 days (NL).
        if (shop) {
          assert.doesNotMatch(said["complaint-gate-no"], /\d/, "no time stated");
          assert.doesNotMatch(said["confirmation-complaint"], /\d/, "no time stated");
          assert.doesNotMatch(said["confirmation-escalation"], /\d/, "no time stated");
        } else {
          assert.match(said["complaint-gate-no"], /14/);
          assert.match(said["confirmation-complaint"], /14/);
          assert.match(said["confirmation-escalation"], /10/);
        }
        // No seller to name when the shop is the seller.
        await open(page, fixtureUrl("purchase-problem-return", { locale: lang, operator }));
        assert.equal(await page.locator("#cw-seller").count(), shop ? 0 : 1);
        assert.equal(await page.locator("[data-field-wrapper=return-tracking] .cw-optional").count(), shop ? 1 : 0);
        // Without an escalation, the gate's yes lists where to turn and there is nothing to continue to.
        await open(page, fixtureUrl("complaint-gate-yes-bodies", { locale: lang, operator }));
        assert.equal(await page.locator("#cw-elsewhere").isVisible(), true);
        assert.equal(await page.locator("#cw-submit").isVisible(), false);
        assert.equal(await page.locator("#cw-back").isVisible(), true);
        assert.deepEqual(await bodies(page, "#cw-elsewhere .cw-bodies"), BODIES[operator].NL);
        assert.deepEqual(await page.problems(), []);
      } finally {
        await page.closeAll();
      }
    });
  }
}

test("the dispute bodies per market and operator, linked, never the closed ODR platform", { timeout: 120_000 }, async () => {
  const page = await newPage(browser);
  try {
    for (const operator of ["merchant", "payment-provider"]) {
      for (const [market, expected] of Object.entries(BODIES[operator])) {
        await open(page, fixtureUrl("confirmation-complaint", { market, operator }));
        assert.deepEqual(await bodies(page), expected, `${operator} in ${market}`);
        const links = await page.evaluate(() =>
          [...document.querySelector("#complaint").shadowRoot.querySelectorAll(".cw-bodies a")].map((a) => [a.target, a.rel]),
        );
        for (const [target, rel] of links) assert.deepEqual([target, rel], ["_blank", "noopener noreferrer"]);
        const text = await shownText(page);
        assert.doesNotMatch(text, /\bODR\b|ec\.europa\.eu\/consumers\/odr/);
        if (operator === "merchant") {
          assert.equal(expected.includes("https://www.arn.se/"), market === "SE", "ARN only for a Swedish shop");
          assert.doesNotMatch(text, /Kifid|Bundesbank|Konsumenternas/, "no financial services board for a shop");
        }
      }
    }
    // The Dutch shop's customers: De Geschillencommissie, not the Swedish board, not Kifid.
    await open(page, fixtureUrl("confirmation-complaint", { locale: "nl", market: "NL" }));
    const nl = await shownText(page);
    assert.match(nl, /De Geschillencommissie/);
    assert.doesNotMatch(nl, /ARN|Kifid/);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

/** The lab page with one widget mounted with these options. */
async function lab(options) {
  const page = await newPage(browser);
  await page.goto(`${server.url}/lab.html`);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(async (o) => {
    const el = document.createElement("div");
    el.id = `w${Math.random().toString(36).slice(2)}`;
    document.getElementById("slots").append(el);
    window.widgets.push(await window.cw.mount(el, { endpoint: window.cw.endpoint, draft: "off", ...o }));
  }, options);
  await page.waitForSelector(".cw");
  return page;
}

async function fill(page, pairs) {
  for (const [id, value] of pairs) await page.fill(`#${id}`, value);
}

/** Continue, then Send on the privacy notice; the reference shown. */
async function send(page) {
  await page.click("#cw-submit");
  await page.locator("h2", { hasText: /information|gegevens|opplysninger|uppgifter/ }).waitFor();
  await page.click("#cw-submit");
  await page.waitForSelector("#cw-reference");
  return (await page.locator("#cw-reference").textContent()).trim();
}

test("a shop: a problem with an order goes to its customer service, with no seller and no pause", { timeout: 60_000 }, async () => {
  const page = await lab({ locale: "en", market: "NL" });
  try {
    await page.click("#cw-choose-purchase-problem");
    assert.equal(await page.locator("h2").textContent(), "Report a problem with an order");
    assert.equal(await page.locator("#cw-seller").count(), 0);
    await page.check("#cw-purchase-issue-return-not-confirmed");
    assert.equal(await page.locator("label[for=cw-purchase-issue-return-not-confirmed]").textContent(), "My return or refund has not been processed");
    await fill(page, [
      ["cw-order-reference", "ORD-5512"],
      ["cw-problem-description", "I cancelled the order and the refund has not come."],
      ["cw-name", "Anna de Vries"],
      ["cw-email", "anna@example.nl"],
    ]);
    const reference = await send(page);
    const text = await page.locator(".cw").innerText();
    assert.match(text, /Our customer service team will look into the problem and get back to you/);
    assert.doesNotMatch(text, /pause|reminder/i);
    const body = await stored(reference);
    assert.equal(body.kind, "purchase_problem");
    assert.equal(body.fields.purchase_issue, "return-not-confirmed");
    assert.equal(body.fields.seller, undefined, "no seller: the shop is the seller");
    assert.equal(body.fields.return_tracking, undefined, "a refund may have no return parcel");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("a shop without a complaints manager: the gate's yes shows where to turn, by keyboard, and sends nothing", { timeout: 60_000 }, async () => {
  const page = await lab({ locale: "en", market: "NL" });
  try {
    const before = await submissionCount();
    await page.click("#cw-choose-complaint");
    assert.match(await page.locator("#cw-contacted-before-hint").textContent(), /we will show you where you can turn/);
    await page.focus("#cw-contacted-before-no");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.locator("#cw-contacted-before-yes").isChecked(), true);
    assert.equal(await page.locator("#cw-elsewhere").isVisible(), true);
    assert.match(await page.locator("#cw-elsewhere").textContent(), /independent dispute body or to court/);
    assert.equal(await page.locator("#cw-submit").isVisible(), false, "nothing to continue to");
    assert.equal(await page.locator("#cw-earlier-contacts").count(), 0, "no escalation form");
    // From the answer, Tab reaches the first body, then the others, then Back.
    await page.keyboard.press("Tab");
    assert.match((await active(page)).text, /De Geschillencommissie/);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).id, "cw-back");
    assert.deepEqual(await axe(page), []);
    // Enter in a field of the step sends nothing either.
    await page.focus("#cw-contacted-before-yes");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    assert.equal(await page.locator("h2").textContent(), "Make a complaint");
    assert.equal(await submissionCount(), before);
    // No: the first-contact complaint, sent with no time the shop has not set.
    await page.check("#cw-contacted-before-no");
    assert.equal(await page.locator("#cw-submit").isVisible(), true);
    await page.check("#cw-complaint-category-refund");
    await fill(page, [
      ["cw-what-went-wrong", "Charged twice."],
      ["cw-wanted-outcome", "Refund one payment."],
      ["cw-name", "Anna de Vries"],
      ["cw-email", "anna@example.nl"],
    ]);
    const reference = await send(page);
    assert.match(await page.locator(".cw").innerText(), /We will reply to you and tell you what happens next/);
    const body = await stored(reference);
    assert.equal(body.kind, "complaint");
    assert.equal(body.contactedBefore, false);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("a shop's complaints manager, named and timed by the options, takes the escalation", { timeout: 60_000 }, async () => {
  const page = await lab({
    locale: "nb",
    market: "NO",
    escalation: { name: "Klageansvarlig Kari Nordmann", days: 10, workingDays: true },
  });
  try {
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-yes");
    const inset = await page.locator(".cw-inset:not([hidden])").textContent();
    assert.match(inset, /^Klageansvarlig Kari Nordmann ser på saken din på nytt\./);
    assert.match(inset, /innen 10 virkedager/);
    assert.doesNotMatch(inset, /upartisk/);
    await fill(page, [
      ["cw-previous-case-reference", "CS-482913"],
      ["cw-earlier-contacts", "Ringte 3. mai."],
      ["cw-why-dissatisfied", "Ingen tilbakebetaling."],
      ["cw-wanted-resolution", "Tilbakebetal."],
      ["cw-name", "Kari Hansen"],
      ["cw-email", "kari@example.no"],
    ]);
    const reference = await send(page);
    const text = await page.locator(".cw").innerText();
    assert.match(text, /Klageansvarlig Kari Nordmann ser på saken din på nytt og svarer deg innen 10 virkedager\./);
    assert.match(text, /Forbrukertilsynet/);
    assert.doesNotMatch(text, /ARN|Allmänna/);
    const body = await stored(reference);
    assert.equal(body.kind, "escalation");
    assert.equal(body.fields.previous_case_reference, "CS-482913");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("a payment provider: the seeds' flows, its ombudsman renamed and timed, or none", { timeout: 90_000 }, async () => {
  let page = await lab({ locale: "en", market: "SE", operator: "payment-provider" });
  try {
    await page.click("#cw-choose-purchase-problem");
    assert.match(await page.locator(".cw-intro").first().textContent(), /we pause your payment/);
    await page.check("#cw-purchase-issue-not-received");
    await fill(page, [
      ["cw-order-reference", "ORD-9001"],
      ["cw-seller", "Fietsen BV"],
      ["cw-problem-description", "Never arrived."],
      ["cw-name", "Anna Svensson"],
      ["cw-email", "anna@example.se"],
    ]);
    const reference = await send(page);
    const text = await page.locator(".cw").innerText();
    assert.match(text, /Your payment is paused while you contact the seller/);
    assert.match(text, /The National Board for Consumer Disputes \(ARN\)/);
    const body = await stored(reference);
    assert.equal(body.kind, "purchase_problem");
    assert.equal(body.fields.seller, "Fietsen BV");
  } finally {
    await page.closeAll();
  }
  page = await lab({ locale: "sv", market: "SE", operator: "payment-provider", escalation: { name: "Kundombud Fia Engström", days: 10, workingDays: true } });
  try {
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-yes");
    assert.match(await page.locator("#cw-contacted-before-hint").textContent(), /^Kundombud Fia Engström kan bara granska ärenden/);
    assert.match(await page.locator(".cw-inset:not([hidden])").textContent(), /^Kundombud Fia Engström gör en ny, opartisk bedömning.*inom 10 arbetsdagar/);
  } finally {
    await page.closeAll();
  }
  page = await lab({ locale: "en", market: "NL", operator: "payment-provider", escalation: false });
  try {
    await page.click("#cw-choose-complaint");
    await page.check("#cw-contacted-before-yes");
    assert.equal(await page.locator("#cw-submit").isVisible(), false);
    assert.deepEqual(await bodies(page, "#cw-elsewhere .cw-bodies"), BODIES["payment-provider"].NL);
    assert.doesNotMatch(await page.locator(".cw").innerText(), /ombudsman/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("the operator attribute, data-operator on the script tag, and the element property", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    // A page with one script tag per operator (and one without).
    await page.route(`${server.url}/operator-tags.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tags</title></head><body><main>
<div id="a"></div><div id="b"></div>
<script type="module" src="/pkg/complaint-widget.js" data-endpoint="/api/submissions" data-locale="fr" data-market="FR" data-target="#a"></script>
<script type="module" src="/pkg/complaint-widget.js" data-endpoint="/api/submissions" data-locale="fr" data-market="FR" data-operator="payment-provider" data-target="#b"></script>
</main></body></html>`,
      }),
    );
    await page.goto(`${server.url}/operator-tags.html`);
    await page.waitForFunction(() => document.querySelectorAll("complaint-widget").length === 2 && [...document.querySelectorAll("complaint-widget")].every((w) => w.shadowRoot?.querySelector("#cw-choose-purchase-problem")));
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll("complaint-widget")].map((w) => [w.parentElement.id, w.getAttribute("operator"), w.shadowRoot.querySelector("#cw-choose-purchase-problem").textContent]),
    );
    assert.deepEqual(labels, [
      ["a", null, "Signaler un problème avec une commande"],
      ["b", "payment-provider", "Signaler un problème avec un achat"],
    ]);
    // The attribute is live, and so is the property.
    await page.evaluate(() => {
      document.querySelector("#a complaint-widget").operator = "payment-provider";
    });
    await page.waitForFunction(() => document.querySelector("#a complaint-widget").shadowRoot?.querySelector("#cw-choose-purchase-problem")?.textContent === "Signaler un problème avec un achat");
    await page.evaluate(() => document.querySelector("#b complaint-widget").removeAttribute("operator"));
    await page.waitForFunction(() => document.querySelector("#b complaint-widget").shadowRoot?.querySelector("#cw-choose-purchase-problem")?.textContent === "Signaler un problème avec une commande");
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("bad operator and escalation values: one console error naming the option, and the unavailable message", { timeout: 60_000 }, async () => {
  for (const [options, named] of [
    [{ operator: "bank" }, /option `operator` must be "merchant" or "payment-provider", got "bank"/],
    [{ operator: 1 }, /option `operator` must be a string/],
    [{ escalation: "yes" }, /option `escalation` must be a plain object/],
    [{ escalation: { days: 0 } }, /option `escalation` must be .*`days` are from 1 to 365, got "0"/],
    [{ escalation: { days: 1.5 } }, /option `escalation.days` must be a whole number/],
    [{ escalation: { name: "  " } }, /option `escalation` must be .*`name` is 1 to 100 characters/],
    [{ escalation: { name: "x".repeat(101) } }, /option `escalation` must be .*`name`/],
    [{ escalation: { nme: "Kari" } }, /unknown option `escalation.nme`; an escalation \(or true, or false\) takes name, days, workingDays/],
    [{ escalation: { workingDays: "yes" } }, /option `escalation.workingDays` must be true or false/],
  ]) {
    const page = await newPage(browser);
    try {
      await page.goto(`${server.url}/lab.html`);
      await page.waitForSelector("html[data-ready=true]");
      await page.evaluate(async (o) => {
        const el = document.createElement("div");
        document.getElementById("slots").append(el);
        await window.cw.mount(el, { endpoint: window.cw.endpoint, ...o });
      }, options);
      const problems = await page.problems();
      assert.equal(problems.length, 1, `${JSON.stringify(options)}: ${problems.join("\n")}`);
      assert.match(problems[0], named);
      assert.equal(await page.locator(".cw-unavailable").count(), 1);
      assert.equal(await page.locator("form").count(), 0);
    } finally {
      await page.closeAll();
    }
  }
});
