// The npm package: the right files, correct package.json, and a consumer can
// `import { mount } from "complaint-widget"` after installing the tarball.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, readFileSync, readdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, newPage } from "./harness.mjs";

const root = new URL("../../", import.meta.url).pathname;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

test("npm package: files, exports, types, an install that imports, and a bundler build that renders", { timeout: 180_000 }, async () => {
  run(join(root, "scripts/package"), [], root);
  const pkgDir = join(root, "dist/npm");
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(pkg.name, "complaint-widget");
  assert.equal(pkg.exports["."].import, "./complaint-widget.js");
  assert.equal(pkg.types, "./complaint-widget.d.ts");
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tmpdir()], pkgDir));
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ["complaint-widget.js", "complaint-widget-core.js", "complaint-widget.d.ts", "complaint-widget.wasm", "locales/en.js", "locales/fi.js", "package.json"]) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  const consumer = mkdtempSync(join(tmpdir(), "cw-consumer-"));
  try {
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(tmpdir(), packed.filename)], consumer);
    const out = run("node", ["--input-type=module", "-e", "import { mount } from 'complaint-widget'; console.log(typeof mount);"], consumer);
    assert.equal(out.trim(), "function");

    // A bundler user: esbuild with code splitting turns the package into a
    // page; each language becomes its own chunk, and the form renders in the
    // one asked for. The wasm module is copied next to the bundle, as the
    // README says.
    writeFileSync(join(consumer, "main.js"), `import { mount } from "complaint-widget";
await mount(document.getElementById("host"), { locale: "fi", endpoint: location.origin + "/api/complaints" });
document.documentElement.dataset.ready = "true";
`);
    run(join(root, "node_modules/.bin/esbuild"), ["main.js", "--bundle", "--splitting", "--format=esm", "--outdir=out", "--log-level=warning"], consumer);
    const out_ = join(consumer, "out");
    const chunks = readdirSync(out_).filter((f) => f.endsWith(".js"));
    assert.ok(chunks.length >= 10, `one chunk per language besides the entry and the glue (got ${chunks.join(", ")})`);
    copyFileSync(join(consumer, "node_modules/complaint-widget/complaint-widget.wasm"), join(out_, "complaint-widget.wasm"));
    writeFileSync(join(out_, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundled</title>
<script type="module" src="main.js"></script></head><body><main id="host"></main></body></html>`);
    const server = await startServer(["--www", out_]);
    const browser = await launch();
    try {
      const page = await newPage(browser);
      await page.goto(`${server.url}/index.html`);
      await page.waitForSelector("html[data-ready=true]", { timeout: 20_000 });
      const shown = await page.evaluate(() => {
        const root = document.getElementById("host").shadowRoot;
        return { lang: root.querySelector(".cw").getAttribute("lang"), title: root.querySelector("#cw-title").textContent };
      });
      assert.equal(shown.lang, "fi");
      assert.ok(shown.title.length > 0 && !shown.title.includes("-title"), `a Finnish heading, not a message id: ${shown.title}`);
      assert.deepEqual(await page.problems(), []);
      await page.closeAll();
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(consumer, { recursive: true, force: true });
    rmSync(join(tmpdir(), packed.filename), { force: true });
  }
});
