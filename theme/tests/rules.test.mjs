import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readRules } from "../wwwroot/js/lib/rules.mjs";
import { rules, rulesJson } from "./rules.mjs";

const script = readFileSync(new URL("../wwwroot/js/recherche.js", import.meta.url), "utf8");

test("the facets keep the file's order and labels", () => {
  assert.deepEqual(Object.keys(rules.labels), rulesJson.facets.map((f) => f.name));
  assert.deepEqual(Object.values(rules.labels), rulesJson.facets.map((f) => f.label));
  assert.equal(rules.labels.fonction, "Fonction");
});

test("a file of another shape is refused rather than half used", () => {
  assert.throws(() => readRules({}), /unexpected shape/);
  assert.throws(() => readRules({ ...rulesJson, closeness: { least: "2" } }), /unexpected shape/);
});

test("the search script takes its rules from the build's file", () => {
  assert.match(script, /readRules\(await rulesLoading\)/);
  assert.match(script, /fetch\(app\.dataset\.rules\)/);
});

test("the search script repeats none of the file's values", () => {
  assert.ok(!/[àáâãäåçèéêëìíîïñòóôõöùúûüýÿ]{3}/.test(script), "no folding table");
  for (const { label } of rulesJson.facets) assert.ok(!script.includes(`"${label}"`), label);
  assert.ok(!/Math\.max\(\s*2/.test(script), "no threshold");
});
