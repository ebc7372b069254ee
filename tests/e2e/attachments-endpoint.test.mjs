// The endpoint's side of attachments, with the multipart body a real browser
// builds from FormData (Chromium's boundary, part headers and file names):
// two files stored once across a retry and downloaded back byte for byte by
// staff, a file whose content is not its declared type refused at its field,
// and the whole-body limit answered with a JSON error the page can read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { withServerAndBrowser, newPage, axe } from "./harness.mjs";

const TOKEN = "e2e-attachments-token-0123456789";
const KEY = "7d3f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

let server, browser;
withServerAndBrowser(
  (s, b) => {
    server = s;
    browser = b;
  },
  { args: ["--max-attachment-bytes", "200000"], staff: `clara:${TOKEN}` },
);

/** Bytes that start like a JPEG / PNG, then `n` bytes of every value. */
function photo(n) {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(Array.from({ length: n }, (_, i) => (i * 31) % 256))]);
}
function png(n) {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: n }, (_, i) => i % 256))]);
}

function document(files) {
  return {
    schema: "complaint-widget/v2", id: KEY, createdAt: "2026-11-22T10:00:00.000Z",
    kind: "complaint", contactedBefore: false, locale: "nl", market: "NL",
    fields: {
      complaint_category: "bezorging", what_went_wrong: "De vaas kwam gebroken aan.", wanted_outcome: "Een nieuwe vaas",
      custom: { ordernummer_winkel: "W-1209", doos_beschadigd: true },
    },
    contact: { name: "Anna de Vries", email: "anna@example.nl" },
    attachments: files.map((f, i) => ({
      part: `file${i}`, name: f.name, type: f.type, bytes: f.data.length,
      sha256: createHash("sha256").update(f.data).digest("hex"),
    })),
  };
}

/** POSTs from the page with FormData, as the widget does: `{status, body}`. */
async function send(page, doc, files) {
  return page.evaluate(async ({ doc, files, key }) => {
    const form = new FormData();
    form.append("submission", new Blob([JSON.stringify(doc)], { type: "application/json" }));
    files.forEach((f, i) => form.append(`file${i}`, new File([new Uint8Array(f.data)], f.name, { type: f.type })));
    const res = await fetch("/api/submissions", { method: "POST", headers: { "Idempotency-Key": key }, body: form });
    return { status: res.status, body: await res.json() };
  }, { doc, files: files.map((f) => ({ ...f, data: [...f.data] })), key: KEY });
}

async function staffGet(path) {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

test("files sent from a browser's FormData are stored once and come back byte for byte", async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/inbox/login`);
  const files = [
    { name: "gebroken vaas.jpg", type: "image/jpeg", data: photo(150_000) },
    { name: "bon €.png", type: "image/png", data: png(20_000) },
  ];
  const doc = document(files);

  // A file whose content is not its declared type: refused at its field.
  const wrong = [files[0], { ...files[1], type: "image/webp" }];
  const refused = await send(page, document(wrong), wrong);
  assert.equal(refused.status, 422);
  assert.equal(refused.body.field, "attachments[1]");

  // Too large as a whole (one file over the per-file limit).
  const big = [{ name: "groot.jpg", type: "image/jpeg", data: photo(250_000) }];
  const tooLarge = await send(page, document(big), big);
  assert.equal(tooLarge.status, 413);
  assert.match(tooLarge.body.field, /^attachments(\[0\])?$/);

  const first = await send(page, doc, files);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const again = await send(page, doc, files);
  assert.deepEqual([again.status, again.body.reference], [200, first.body.reference], "a retry re-sends the files: same reference");

  const reference = first.body.reference;
  const record = JSON.parse((await staffGet(`/api/submissions/${reference}`)).bytes.toString("utf8"));
  assert.deepEqual(record.attachments.map((a) => [a.name, a.type, a.bytes]), [
    ["gebroken vaas.jpg", "image/jpeg", files[0].data.length],
    ["bon €.png", "image/png", files[1].data.length],
  ]);
  assert.deepEqual(record.submission.fields.custom, { ordernummer_winkel: "W-1209", doos_beschadigd: true });
  for (const [n, f] of files.entries()) {
    const got = await staffGet(record.attachments[n].url);
    assert.equal(got.status, 200);
    assert.equal(got.headers.get("content-type"), f.type);
    assert.match(got.headers.get("content-disposition"), /^attachment; /);
    assert.ok(got.bytes.equals(f.data), `file ${n} byte for byte`);
  }
  const stored = await server.rowsWith("gebroken vaas.jpg");
  assert.equal(stored.length, 1, "one submission for the key");
  // The test route gives the same bytes without a staff token.
  assert.deepEqual(stored[0].attachments.map((a) => a.sha256), doc.attachments.map((a) => a.sha256));
  const raw = Buffer.from(await (await fetch(`${server.url}/api/_test/attachments/${reference}/1`)).arrayBuffer());
  assert.ok(raw.equals(files[1].data));
  // The inbox shows the shop's own fields and links each file for
  // download with the sign-in cookie; axe finds nothing on that page.
  await page.fill("#token", TOKEN);
  await Promise.all([page.waitForEvent("load"), page.click("button[type=submit]")]);
  await page.goto(`${server.url}/inbox/${reference}`);
  const links = page.locator("#attachments-title + ul a");
  assert.deepEqual(await links.allTextContents(), ["gebroken vaas.jpg", "bon €.png"]);
  assert.equal(await links.first().getAttribute("href"), record.attachments[0].url);
  assert.match(await page.locator("main").textContent(), /doos_beschadigd/);
  const viaCookie = await page.evaluate(async (url) => {
    const res = await fetch(url);
    return { status: res.status, bytes: [...new Uint8Array(await res.arrayBuffer())] };
  }, record.attachments[1].url);
  assert.equal(viaCookie.status, 200);
  assert.ok(Buffer.from(viaCookie.bytes).equals(files[1].data));
  assert.deepEqual(await axe(page), []);

  // The two refusals log "Failed to load resource"; nothing else may.
  const problems = (await page.problems()).filter((p) => !/Failed to load resource: .* (413|422)/.test(p));
  assert.deepEqual(problems, []);
  await page.closeAll();
});
