// The whole of what merchants asked for, in one submission, in Dutch and in
// French, against the reference endpoint: the page prefills what it knows
// (the email read-only), the shop's own category and two of its own fields
// are answered, two files are attached; a reload (the files come back from
// IndexedDB) and an offline spell come in the middle; the endpoint stores the submission once, with the prefilled
// contact, the shop's category and fields under fields.custom, and the two
// files byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { withServerAndBrowser, newPage, open, axe } from "./harness.mjs";

const TOKEN = "issue14-widget-token-0123456789abcdef";
let server, browser;
withServerAndBrowser(
  (s, b) => {
    server = s;
    browser = b;
  },
  { args: [], staff: `clara:${TOKEN}` },
);

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from("JFIF\0"), Buffer.alloc(3000, 7), Buffer.from([0xff, 0xd9])]);
const PDF = Buffer.from("%PDF-1.7\n% receipt\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const sha256 = (b) => createHash("sha256").update(b).digest("hex");

const PREFILL = { email: "klant@example.eu", name: "Sam Janssen", orderReference: "ORD-14-2026", readonly: ["email"] };
const CATEGORIES = {
  purchaseProblem: [
    { id: "damaged_in_transit", label: { en: "Damaged in transit", nl: "Beschadigd bij bezorging", fr: "Endommagé pendant la livraison" } },
    { id: "wrong-item" },
    { id: "not-received" },
  ],
};
const FIELDS = {
  purchaseProblem: [
    {
      id: "packaging", type: "select", required: true,
      label: { en: "Packaging", nl: "Verpakking", fr: "Emballage" },
      options: [
        { id: "intact", label: { en: "Intact", nl: "Heel", fr: "Intact" } },
        { id: "dented", label: { en: "Dented", nl: "Gedeukt", fr: "Cabossé" } },
      ],
    },
    { id: "delivered_on", type: "date", required: true, label: { en: "Delivered on", nl: "Bezorgd op", fr: "Livré le" } },
  ],
};

async function staffGet(path) {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

async function pick(page, id) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press("Space");
  assert.equal(await page.locator(`#${id}`).isChecked(), true, id);
}

for (const [locale, t] of [
  ["nl", { category: "Beschadigd bij bezorging", privacy: "Zo gaan we om met je gegevens", description: "De doos was ingedeukt en de lamp is gebroken." }],
  ["fr", { category: "Endommagé pendant la livraison", privacy: "Comment nous traitons vos données", description: "Le carton était cabossé et la lampe est cassée." }],
]) {
  test(`${locale}: prefill, the shop's category and fields, two files, a reload and an offline spell`, { timeout: 120_000 }, async () => {
    const page = await newPage(browser, { locale });
    try {
      const q = new URLSearchParams({
        locale, market: locale.toUpperCase(),
        prefill: JSON.stringify(PREFILL), categories: JSON.stringify(CATEGORIES), fields: JSON.stringify(FIELDS),
      });
      await open(page, `${server.url}/?${q}`);
      await page.locator("#cw-choose-purchase-problem").click();
      // Prefilled: the email read-only, the order reference editable.
      assert.equal(await page.locator("#cw-email").inputValue(), PREFILL.email);
      assert.equal(await page.locator("#cw-email").getAttribute("readonly"), "");
      assert.equal(await page.locator("#cw-order-reference").inputValue(), PREFILL.orderReference);
      // The shop's category, in the shopper's language.
      assert.equal(await page.locator("#cw-purchase-issue-damaged_in_transit + label").textContent(), t.category);
      await pick(page, "cw-purchase-issue-damaged_in_transit");
      await page.locator("#cw-problem-description").fill(t.description);
      await pick(page, "cw-custom-0-dented");
      await page.locator("#cw-custom-1").fill("2026-11-27");
      await page.locator("#cw-attachments").setInputFiles([
        { name: "lamp.jpg", mimeType: "image/jpeg", buffer: JPEG },
        { name: "reçu.pdf", mimeType: "application/pdf", buffer: PDF },
      ]);
      await page.waitForFunction(() => document.querySelector("#complaint").shadowRoot.querySelectorAll(".cw-file").length === 2);
      assert.deepEqual(await axe(page), []);

      // A reload: every answer is kept, and the files come back.
      await page.waitForTimeout(300);
      await page.reload();
      await page.waitForSelector("html[data-ready=true]");
      await page.waitForFunction(() => document.querySelector("#complaint").shadowRoot.querySelectorAll(".cw-file").length === 2);
      assert.equal(await page.locator("#cw-custom-1").inputValue(), "2026-11-27");
      assert.equal(await page.locator("#cw-purchase-issue-damaged_in_transit").isChecked(), true);
      assert.equal(await page.locator("#cw-problem-description").inputValue(), t.description);
      assert.deepEqual(await page.locator(".cw-file-name").allTextContents(), ["lamp.jpg", "reçu.pdf"]);

      // Offline when Send is pressed; sent once back online.
      await page.locator("#cw-submit").click();
      await page.waitForSelector(`text=${t.privacy}`);
      await page.context().setOffline(true);
      await page.locator("#cw-submit").click();
      await page.waitForTimeout(500);
      assert.equal(await page.locator("#cw-reference").count(), 0);
      await page.context().setOffline(false);
      await page.waitForSelector("#cw-reference");
      const reference = (await page.locator("#cw-reference").textContent()).trim();

      const rows = (await server.submissions()).filter((r) => r.body.fields?.problem_description === t.description);
      assert.equal(rows.length, 1, "stored once");
      const body = rows[0].body;
      assert.equal(rows[0].reference, reference);
      assert.equal(body.schema, "complaint-widget/v2");
      assert.equal(body.locale, locale);
      assert.deepEqual(body.contact, { name: PREFILL.name, email: PREFILL.email });
      assert.equal(body.fields.order_reference, PREFILL.orderReference);
      assert.equal(body.fields.purchase_issue, "damaged_in_transit");
      assert.deepEqual(body.fields.custom, { packaging: "dented", delivered_on: "2026-11-27" });
      assert.deepEqual(body.attachments.map((a) => [a.name, a.type, a.bytes, a.sha256]), [
        ["lamp.jpg", "image/jpeg", JPEG.length, sha256(JPEG)],
        ["reçu.pdf", "application/pdf", PDF.length, sha256(PDF)],
      ]);
      const record = JSON.parse((await staffGet(`/api/submissions/${reference}`)).bytes.toString("utf8"));
      for (const [n, original] of [[0, JPEG], [1, PDF]]) {
        const got = await staffGet(record.attachments[n].url);
        assert.equal(got.status, 200);
        assert.ok(got.bytes.equals(original), `file ${n} byte for byte`);
      }
      const problems = await page.problems();
      assert.ok(problems.every((p) => /ERR_INTERNET_DISCONNECTED|could not be reached/.test(p)), problems.join("\n"));
    } finally {
      await page.closeAll();
    }
  });
}
