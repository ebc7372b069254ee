// scripts/check-imports.mjs, the build's guard against JS exceptions
// unwinding through the wasm module: the real glue passes, and a glue with
// one more import that can throw and is not caught (Object.assign over a
// page's object, as the module once had) fails the build, naming it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const glue = `${root}target/bundle/core/complaint_widget.js`;
const check = (file) => spawnSync("node", [`${root}scripts/check-imports.mjs`, file], { encoding: "utf8" });

test("the built glue has no import that can throw uncaught", () => {
  const r = check(glue);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /0 unreviewed/);
});

test("an uncaught Object.assign import fails the check, by name", () => {
  const text = readFileSync(glue, "utf8");
  const at = text.indexOf("function __wbg_get_imports()");
  const open = text.indexOf("\n        __wbg_", at);
  const extra = "\n        __wbg_assign_0123456789abcdef: function(arg0, arg1) {\n            const ret = Object.assign(arg0, arg1);\n            return ret;\n        },";
  const dir = mkdtempSync(join(tmpdir(), "cw-imports-"));
  const file = join(dir, "glue.js");
  writeFileSync(file, text.slice(0, open) + extra + text.slice(open));
  const r = check(file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /__wbg_assign: const ret = Object\.assign\(arg0, arg1\); return ret;/);
});
