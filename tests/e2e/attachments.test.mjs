// Files from the shopper's side, against the reference endpoint: the file
// control (a real <input type="file"> with its label and a hint naming the
// types and sizes), the list of chosen files with a Remove button each,
// errors for a file that is not what it claims, too large or one too many
// (in the error summary and inline, in the shopper's language, 0 axe
// violations), and a purchase problem sent with two files in Dutch and in
// French, with a reload (the files come back from IndexedDB) and an offline
// spell in the middle: the endpoint stores each byte for byte, with the type
// its first bytes show, listed in the v2 document. Where the browser keeps
// no files, the field names the files to choose again. A refusal at
// attachments[1] goes back to the file field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { withServerAndBrowser, newPage, open, axe } from "./harness.mjs";

const TOKEN = "attachments-widget-token-0123456789";
let server, browser;
withServerAndBrowser(
  (s, b) => {
    server = s;
    browser = b;
  },
  { args: [], staff: `clara:${TOKEN}` },
);

// A real (tiny) PNG and a PDF; a "photo" that is an executable.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]);

const sha256 = (b) => createHash("sha256").update(b).digest("hex");

async function staffGet(path) {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

async function pick(page, id) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press("Space");
}

async function purchaseProblem(page, locale) {
  await open(page, `${server.url}/?locale=${locale}&market=NL`);
  await page.locator("#cw-choose-purchase-problem").click();
  await pick(page, "cw-purchase-issue-wrong-item");
}

for (const [locale, texts] of [
  ["nl", { label: "Foto’s of documenten", privacy: "Zo gaan we om met je gegevens", remove: "kapotte fiets.png verwijderen" }],
  ["fr", { label: "Photos ou documents", privacy: "Comment nous traitons vos données", remove: "Retirer kapotte fiets.png" }],
]) {
  test(`${locale}: a purchase problem with two files is stored byte for byte`, { timeout: 90_000 }, async () => {
    const page = await newPage(browser, { locale });
    try {
      await purchaseProblem(page, locale);
      assert.equal(await page.locator("label[for=cw-attachments]").textContent(), `${texts.label} ${locale === "nl" ? "(optioneel)" : "(facultatif)"}`);
      assert.match(await page.locator("#cw-attachments-hint").textContent(), /JPEG, PNG, WebP, HEIC/);
      assert.match(await page.locator("#cw-attachments-hint").textContent(), / 3 /);
      await page.locator("#cw-attachments").setInputFiles([
        { name: "kapotte fiets.png", mimeType: "image/png", buffer: PNG },
        { name: "bon é.pdf", mimeType: "application/pdf", buffer: PDF },
      ]);
      await page.waitForSelector(".cw-file-remove");
      assert.deepEqual(await page.locator(".cw-file-name").allTextContents(), ["kapotte fiets.png", "bon é.pdf"]);
      assert.equal(await page.locator(".cw-file-remove").first().textContent(), texts.remove);
      assert.deepEqual(await axe(page), []);

      await page.locator("#cw-order-reference").fill("ORD-2026-77");
      await page.locator("#cw-problem-description").fill("Het frame is gebroken.");
      await page.locator("#cw-name").fill("Anna de Vries");
      await page.locator("#cw-email").fill("anna@example.nl");
      await page.locator("#cw-email").blur();
      // A reload: the files come back from IndexedDB with every answer.
      await page.waitForTimeout(300);
      await page.reload();
      await page.waitForSelector("html[data-ready=true]");
      await page.waitForFunction(() => document.querySelector("#complaint").shadowRoot.querySelectorAll(".cw-file").length === 2);
      assert.deepEqual(await page.locator(".cw-file-name").allTextContents(), ["kapotte fiets.png", "bon é.pdf"]);
      assert.equal(await page.locator("#cw-attachments-lost").count(), 0);
      assert.equal(await page.locator("#cw-order-reference").inputValue(), "ORD-2026-77");
      assert.deepEqual(await axe(page), []);

      // Offline when Send is pressed: queued, then sent with the files once
      // the browser is back online.
      await page.locator("#cw-submit").click();
      await page.waitForSelector(`text=${texts.privacy}`);
      await page.context().setOffline(true);
      await page.locator("#cw-submit").click();
      await page.waitForTimeout(500);
      assert.equal(await page.locator("#cw-reference").count(), 0, "nothing sent while offline");
      await page.context().setOffline(false);
      await page.waitForSelector("#cw-reference");
      const reference = (await page.locator("#cw-reference").textContent()).trim();
      const rows = (await server.submissions()).filter((r) => r.body.fields?.order_reference === "ORD-2026-77" && r.body.locale === locale);
      assert.equal(rows.length, 1, "stored once");
      const row = rows[0];
      assert.equal(row.reference, reference);
      assert.equal(row.body.schema, "complaint-widget/v2");
      assert.deepEqual(row.body.attachments, [
        { part: "file0", name: "kapotte fiets.png", type: "image/png", bytes: PNG.length, sha256: sha256(PNG) },
        { part: "file1", name: "bon é.pdf", type: "application/pdf", bytes: PDF.length, sha256: sha256(PDF) },
      ]);
      const record = JSON.parse((await staffGet(`/api/submissions/${reference}`)).bytes.toString("utf8"));
      for (const [n, original, type] of [[0, PNG, "image/png"], [1, PDF, "application/pdf"]]) {
        const got = await staffGet(record.attachments[n].url);
        assert.equal(got.status, 200);
        assert.equal(got.type, type);
        assert.ok(got.bytes.equals(original), `file ${n} comes back byte for byte`);
      }
      const problems = await page.problems();
      assert.ok(problems.every((p) => /ERR_INTERNET_DISCONNECTED|could not be reached/.test(p)), problems.join("\n"));
    } finally {
      await page.closeAll();
    }
  });
}

test("a file that is not what it claims, too many files, Remove, and a refusal at attachments[1]", { timeout: 90_000 }, async () => {
  const page = await newPage(browser);
  try {
    await purchaseProblem(page, "en");
    await page.locator("#cw-attachments").setInputFiles([
      { name: "photo.jpg", mimeType: "image/jpeg", buffer: EXE },
    ]);
    await page.waitForSelector("#cw-attachments-error:not([hidden])");
    assert.match(await page.locator("#cw-attachments-error").textContent(), /photo\.jpg is not a JPEG, PNG, WebP, HEIC or PDF file: choose a photo or a PDF/);
    assert.deepEqual(await axe(page), []);
    // Remove it by keyboard: focus returns to the file control.
    await page.locator(".cw-file-remove").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".cw-file-remove", { state: "detached" });
    assert.equal(await page.evaluate(() => document.querySelector("#complaint").shadowRoot.activeElement?.id), "cw-attachments");
    assert.equal(await page.locator("#cw-attachments-error").isHidden(), true);

    // Four files where three are allowed.
    await page.locator("#cw-attachments").setInputFiles(
      [1, 2, 3, 4].map((i) => ({ name: `p${i}.png`, mimeType: "image/png", buffer: PNG })),
    );
    await page.waitForSelector("text=Choose no more than 3 files");
    await page.locator(".cw-file-remove").nth(3).click();
    await page.waitForFunction(() => document.querySelector("#complaint").shadowRoot.querySelectorAll(".cw-file").length === 3);

    await page.locator("#cw-order-reference").fill("ORD-2026-78");
    await page.locator("#cw-problem-description").fill("Wrong colour.");
    await page.locator("#cw-name").fill("Anna de Vries");
    await page.locator("#cw-email").fill("anna@example.nl");
    await server.script([{ status: 422, fields: ["attachments[1]"] }]);
    await page.locator("#cw-submit").click();
    await page.waitForSelector("text=How we handle your information");
    await page.locator("#cw-submit").click();
    await page.waitForSelector("#cw-attachments-error:not([hidden])");
    assert.match(await page.locator("#cw-attachments-error").textContent(), /could not accept this answer/);
    assert.equal(await page.locator(".cw-file").count(), 3, "the files are kept");
    assert.deepEqual(await axe(page), []);
  } finally {
    await page.closeAll();
  }
});

/** A w x h PNG of one opaque colour. */
function solidPng(w, h, [r, g, b]) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])) >>> 0);
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: h }, () => row)));
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

test("an image gets a thumbnail drawn in a canvas (no blob: or data: image, so a strict CSP allows it); a PDF gets none", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await purchaseProblem(page, "en");
    await page.locator("#cw-attachments").setInputFiles([
      { name: "wide.png", mimeType: "image/png", buffer: solidPng(40, 20, [200, 30, 30]) },
      { name: "bon.pdf", mimeType: "application/pdf", buffer: PDF },
    ]);
    await page.waitForSelector(".cw-file-remove");
    // The red picture, scaled to fit 48 x 48 and centred: red in the middle,
    // nothing above it.
    await page.waitForFunction(() => {
      const c = [...document.querySelectorAll("*")].map((e) => e.shadowRoot?.querySelector("#cw-file-thumb-0")).find(Boolean);
      if (!c) return false;
      const ctx = c.getContext("2d");
      const [r, g, b, a] = ctx.getImageData(24, 24, 1, 1).data;
      return r > 150 && g < 80 && b < 80 && a === 255 && ctx.getImageData(24, 2, 1, 1).data[3] === 0;
    });
    assert.equal(await page.locator(".cw-file-thumb").count(), 1, "one thumbnail: the image, not the PDF");
    assert.equal(await page.locator(".cw-file-thumb").getAttribute("aria-hidden"), "true");
    const names = await page.locator(".cw-file-name").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    assert.equal(names[0], names[1], "the PDF's name lines up with the image's");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("files dropped on the file field are added as if chosen", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    await purchaseProblem(page, "en");
    await page.evaluate((bytes) => {
      const root = document.querySelector("#complaint").shadowRoot;
      const field = root.querySelector("[data-field-wrapper=attachments]");
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], "dropped.png", { type: "image/png" }));
      const over = new DragEvent("dragover", { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
      field.dispatchEvent(over);
      if (!over.defaultPrevented) throw new Error("the file field does not accept a drop");
      field.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    }, [...PNG]);
    await page.waitForSelector(".cw-file-name");
    assert.deepEqual(await page.locator(".cw-file-name").allTextContents(), ["dropped.png"]);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});

test("where the browser keeps no files, a reload names the files to choose again", { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  try {
    // As in a browser that refuses storage: no IndexedDB at all.
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await purchaseProblem(page, "en");
    await page.locator("#cw-attachments").setInputFiles([
      { name: "kapotte fiets.png", mimeType: "image/png", buffer: PNG },
      { name: "bon.pdf", mimeType: "application/pdf", buffer: PDF },
    ]);
    await page.waitForSelector(".cw-file-remove");
    await page.locator("#cw-problem-description").fill("The frame is broken.");
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.waitForSelector("#cw-attachments-lost");
    assert.equal(
      await page.locator("#cw-attachments-lost").textContent(),
      "Choose these files again, they could not be kept: kapotte fiets.png, bon.pdf",
    );
    assert.equal(await page.locator("#cw-problem-description").inputValue(), "The frame is broken.");
    assert.match(await page.locator("#cw-attachments").getAttribute("aria-describedby"), /cw-attachments-lost/);
    assert.deepEqual(await axe(page), []);
    await page.locator("#cw-attachments").setInputFiles([{ name: "bon.pdf", mimeType: "application/pdf", buffer: PDF }]);
    await page.waitForSelector("#cw-attachments-lost", { state: "detached" });
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.closeAll();
  }
});
