import assert from "node:assert/strict";
import { test } from "node:test";
import { allowance, distance, guesses } from "../wwwroot/js/lib/closeness.mjs";
import { fold } from "../wwwroot/js/lib/folding.mjs";
import { rules } from "./rules.mjs";

const entry = (label, kind = "Cas") => ({ label, url: `/${label}/`, kind, folded: fold(label, rules.folding) });

test("edit distance counts insertions, deletions and substitutions", () => {
  assert.equal(distance("", ""), 0);
  assert.equal(distance("chat", ""), 4);
  assert.equal(distance("kitten", "sitting"), 3);
  assert.equal(distance("cantine", "cantines"), 1);
});

test("the allowance is the build's: at least `least`, one edit per `lettersPerEdit` letters", () => {
  const { least, lettersPerEdit } = rules.closeness;
  assert.equal(allowance("abc", rules.closeness), least);
  assert.equal(allowance("a".repeat(lettersPerEdit * 5), rules.closeness), Math.max(least, 5));
  assert.equal(allowance("abcdefghi", { least: 0, lettersPerEdit: 100 }), 0);
});

test("a whole title within reach comes first, then titles sharing a close word", () => {
  const found = guesses("restauration colective", [entry("Restauration collective"), entry("Cantine scolaire"), entry("Collective de Dijon")], rules);
  assert.deepEqual(found.map((e) => e.label), ["Restauration collective", "Collective de Dijon"]);
});

test("guesses follow the thresholds they are given", () => {
  const entries = [entry("Épinal"), entry("Epinay")];
  assert.deepEqual(guesses("epinal", entries, rules).map((e) => e.label), ["Épinal", "Epinay"]);
  assert.deepEqual(guesses("epinal", entries, { ...rules, closeness: { least: 0, lettersPerEdit: 100 } }).map((e) => e.label), ["Épinal"]);
});

test("at most eight guesses, ties in French alphabetical order", () => {
  const entries = ["Éb", "Ea", "Ec", "Ed", "Ee", "Ef", "Eg", "Eh", "Ei"].map((label) => entry(label));
  assert.deepEqual(guesses("e", entries, rules).map((e) => e.label), ["Ea", "Éb", "Ec", "Ed", "Ee", "Ef", "Eg", "Eh"]);
});
