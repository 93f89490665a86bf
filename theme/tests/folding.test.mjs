import assert from "node:assert/strict";
import { test } from "node:test";
import { fold, tokens } from "../wwwroot/js/lib/folding.mjs";
import { rules } from "./rules.mjs";

test("with the build's table, text folds as Folding.Fold folds it", () => {
  assert.equal(fold("Épinal", rules.folding), "epinal");
  assert.equal(fold("ŒUVRE Cœur Ægée", rules.folding), "oeuvre coeur aegee");
  assert.equal(fold("Ça ÿ Ñ", rules.folding), "ca y n");
  assert.equal(fold("Zürich-Dijon 13", rules.folding), "zurich-dijon 13");
});

test("every letter of the table folds to its entry, in either case", () => {
  for (const [letter, plain] of Object.entries(rules.folding)) {
    assert.equal(fold(letter, rules.folding), plain, letter);
    assert.equal(fold(letter.toUpperCase(), rules.folding), plain, letter.toUpperCase());
  }
});

test("folding follows the table it is given, not one of its own", () => {
  assert.equal(fold("Épinal", { é: "E" }), "Epinal");
  assert.equal(fold("Épinal", {}), "épinal");
  // Inherited names are not letters of the table.
  assert.equal(fold("constructor", {}), "constructor");
});

test("combining marks are dropped, as the build drops non-spacing marks", () => {
  assert.equal(fold("e\u0301pinal", rules.folding), "epinal");
});

test("words are runs of letters and digits", () => {
  assert.deepEqual(tokens("Restauration collective, CD13 !"), ["Restauration", "collective", "CD13"]);
  assert.deepEqual(tokens(" -- "), []);
});
