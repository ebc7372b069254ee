// The npm package: the right files, correct package.json, and a consumer can
// `import { mount } from "complaint-widget"` after installing the tarball.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

test("npm package: files, exports, types, and an install that imports", { timeout: 120_000 }, () => {
  run(join(root, "scripts/package"), [], root);
  const pkgDir = join(root, "dist/npm");
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(pkg.name, "complaint-widget");
  assert.equal(pkg.exports["."].import, "./complaint-widget.js");
  assert.equal(pkg.types, "./complaint-widget.d.ts");
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tmpdir()], pkgDir));
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ["complaint-widget.js", "complaint-widget.d.ts", "complaint-widget.wasm", "locales/en.js", "locales/fi.js", "package.json"]) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  const consumer = mkdtempSync(join(tmpdir(), "cw-consumer-"));
  try {
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(tmpdir(), packed.filename)], consumer);
    const out = run("node", ["--input-type=module", "-e", "import { mount } from 'complaint-widget'; console.log(typeof mount);"], consumer);
    assert.equal(out.trim(), "function");
  } finally {
    rmSync(consumer, { recursive: true, force: true });
    rmSync(join(tmpdir(), packed.filename), { force: true });
  }
});
