// The merchant's own categories and fields, in Dutch and French, against
// the reference endpoint: they render with the merchant's labels, validate
// in the shopper's language (inline and in the error summary, 0 axe
// violations), survive a reload in the draft, are sent under
// `fields.custom` (a merchant category in the category field), and an
// endpoint's refusal of one is shown at that field. Bad configuration
// (an unknown type, a built-in id) stops the form with a console message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser, newPage, open, axe } from "./harness.mjs";

let server, browser;
withServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const CATEGORIES = {
  complaint: [
    { id: "damaged", label: { en: "Damaged in transit", nl: "Beschadigd bij bezorging", fr: "Endommagé pendant la livraison" } },
    { id: "refund" },
  ],
  purchaseProblem: [
    { id: "wrong_size", label: { en: "Wrong size", nl: "Verkeerde maat", fr: "Mauvaise taille" } },
    { id: "not-received" },
  ],
};

const FIELDS = {
  complaint: [
    {
      id: "size", type: "select", required: true,
      label: { en: "Size", nl: "Maat", fr: "Taille" },
      options: [{ id: "s", label: { en: "Small", nl: "Klein", fr: "Petite" } }, { id: "m", label: { en: "Medium", nl: "Middel", fr: "Moyenne" } }],
    },
    { id: "delivered_on", type: "date", required: true, label: { en: "Delivered on", nl: "Bezorgd op", fr: "Livré le" }, hint: { en: "As on the receipt", nl: "Zoals op de bon", fr: "Comme sur le reçu" } },
  ],
  purchaseProblem: [
    { id: "colour", type: "text", label: { en: "Colour", nl: "Kleur", fr: "Couleur" } },
    { id: "keep_item", type: "checkbox", required: true, label: { en: "I still have the item", nl: "Ik heb het artikel nog", fr: "J’ai encore l’article" } },
  ],
};

function url(locale, extra = {}) {
  const q = new URLSearchParams({ locale, market: "NL", categories: JSON.stringify(CATEGORIES), fields: JSON.stringify(FIELDS), ...extra });
  return `${server.url}/?${q}`;
}

async function stored(page) {
  await page.waitForSelector("#cw-reference");
  const reference = (await page.locator("#cw-reference").textContent()).trim();
  const row = (await server.submissions()).find((r) => r.reference === reference);
  assert.ok(row, `the endpoint stored ${reference}`);
  return row.body;
}

/**
 * Ticks a radio or checkbox by keyboard. (A click right after typing in a
 * field can land elsewhere: leaving the field settles its error, which moves
 * what follows it between the press and the release.)
 */
async function pick(page, id) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press("Space");
  assert.equal(await page.locator(`#${id}`).isChecked(), true, id);
}

async function summary(page) {
  return page.locator(".cw-summary-link").allTextContents();
}

test("nl: a merchant category and two merchant fields, validated, kept over a reload, sent", { timeout: 90_000 }, async () => {
  const page = await newPage(browser, { locale: "nl-NL" });
  try {
    await open(page, url("nl"));
    await page.locator("#cw-choose-complaint").click();
    await page.locator("#cw-contacted-before-no").check();
    // The merchant's list replaces the built-in one; a built-in id keeps its wording.
    const categories = await page.locator("[data-field-wrapper=complaint-category] label").allTextContents();
    assert.equal(categories.length, 2, categories.join(" | "));
    assert.equal(categories[0], "Beschadigd bij bezorging");
    assert.equal(await page.locator("#cw-custom-0-s + label").textContent(), "Klein");
    assert.match(await page.locator("[data-field-wrapper=custom-0] legend").textContent(), /^Maat/);
    assert.equal(await page.locator("#cw-custom-1").getAttribute("type"), "date");
    assert.equal(await page.locator("#cw-custom-1-hint").textContent(), "Zoals op de bon");

    // Continue with nothing answered: the merchant's fields are in the summary, in Dutch.
    await page.locator("#cw-submit").click();
    const errors = await summary(page);
    assert.ok(errors.includes("Kies een antwoord bij „Maat”"), errors.join("\n"));
    assert.ok(errors.includes("Vul „Bezorgd op” in"), errors.join("\n"));
    assert.match(await page.locator("#cw-custom-1-error").textContent(), /Vul „Bezorgd op” in/);
    assert.equal(await page.locator("#cw-custom-1").getAttribute("aria-invalid"), "true");
    assert.deepEqual(await axe(page), []);

    await pick(page, "cw-complaint-category-damaged");
    await page.locator("#cw-what-went-wrong").fill("De doos was ingedeukt en de jas gescheurd.");
    await page.locator("#cw-wanted-outcome").fill("Een nieuwe jas.");
    await pick(page, "cw-custom-0-m");
    await page.locator("#cw-custom-1").fill("2026-11-20");
    await page.locator("#cw-name").fill("Anna de Vries");
    await page.locator("#cw-email").fill("anna@example.nl");
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.waitForSelector("#cw-custom-1");
    assert.equal(await page.locator("#cw-custom-1").inputValue(), "2026-11-20", "the draft keeps a merchant field");
    assert.equal(await page.locator("#cw-custom-0-m").isChecked(), true);
    assert.equal(await page.locator("#cw-complaint-category-damaged").isChecked(), true);

    await page.locator("#cw-submit").click();
    await page.waitForSelector("text=Zo gaan we om met je gegevens");
    await page.locator("#cw-submit").click();
    const body = await stored(page);
    assert.equal(body.schema, "complaint-widget/v2");
    assert.equal(body.locale, "nl");
    assert.equal(body.fields.complaint_category, "damaged");
    assert.deepEqual(body.fields.custom, { size: "m", delivered_on: "2026-11-20" });
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("fr: a purchase problem with the merchant's problem and fields; a refused field is shown at it", { timeout: 90_000 }, async () => {
  const page = await newPage(browser, { locale: "fr-FR" });
  try {
    await open(page, url("fr"));
    await page.locator("#cw-choose-purchase-problem").click();
    await page.locator("#cw-submit").click();
    const errors = await summary(page);
    assert.ok(errors.includes("Cochez « J’ai encore l’article » pour continuer"), errors.join("\n"));
    assert.ok(!errors.some((e) => e.includes("Couleur")), "an optional field has no error");
    assert.deepEqual(await axe(page), []);

    await pick(page, "cw-purchase-issue-wrong_size");
    await page.locator("#cw-order-reference").fill("CMD-2026-88");
    await page.locator("#cw-problem-description").fill("J’ai reçu une taille M au lieu de S.");
    await page.locator("#cw-custom-2").fill("Bleu marine");
    await pick(page, "cw-custom-3");
    await page.locator("#cw-name").fill("Camille Martin");
    await page.locator("#cw-email").fill("camille@example.fr");

    // The endpoint refuses the merchant's field once: shown inline, in French, answers kept.
    await server.script([{ status: 422, fields: ["fields.custom.colour"] }]);
    await page.locator("#cw-submit").click();
    await page.waitForSelector("text=Comment nous traitons vos données");
    await page.locator("#cw-submit").click();
    await page.waitForSelector("#cw-custom-2-error:not([hidden])");
    assert.match(await page.locator("#cw-custom-2-error").textContent(), /Le service n’a pas pu accepter cette réponse/);
    assert.equal(await page.locator("#cw-custom-2").inputValue(), "Bleu marine");
    assert.equal(await page.locator("#cw-problem-description").inputValue(), "J’ai reçu une taille M au lieu de S.");
    assert.deepEqual(await axe(page), []);

    await page.locator("#cw-custom-2").fill("Bleu");
    await page.locator("#cw-submit").click();
    await page.waitForSelector("text=Comment nous traitons vos données");
    await page.locator("#cw-submit").click();
    const body = await stored(page);
    assert.equal(body.locale, "fr");
    assert.equal(body.fields.purchase_issue, "wrong_size");
    assert.deepEqual(body.fields.custom, { colour: "Bleu", keep_item: true });
    const problems = await page.problems();
    assert.ok(problems.every((p) => /refused these fields: fields.custom.colour|422/.test(p)), problems.join("\n"));
  } finally {
    await page.closeAll();
  }
});

test("bad merchant fields are configuration errors that name what to fix", { timeout: 60_000 }, async () => {
  for (const [fields, message] of [
    [{ complaint: [{ id: "size", type: "colour", label: { en: "Size" } }] }, /`fields.complaint\[0\].type` must be text, textarea, select, checkbox or date, got "colour"/],
    [{ complaint: [{ id: "email", type: "text", label: { en: "Email" } }] }, /"email" is a built-in field/],
    [{ complaint: [{ id: "size", type: "text", label: { de: "Größe" } }] }, /has no label in "nl" or in English/],
  ]) {
    const page = await newPage(browser, { locale: "nl-NL" });
    try {
      await open(page, url("nl", { fields: JSON.stringify(fields) }));
      const problems = await page.problems();
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(problems[0], message);
      assert.equal(await page.locator("#cw-choose-complaint").count(), 0, "the form is not shown");
    } finally {
      await page.closeAll();
    }
  }
});
