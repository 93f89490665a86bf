import assert from "node:assert/strict";
import { test } from "node:test";
import { expand, indexOfSequence, prepareGroups } from "../wwwroot/js/lib/synonyms.mjs";
import { rules } from "./rules.mjs";

const groups = prepareGroups([
  { w: ["cantine", "restauration collective"], l: "Restauration collective", u: "/thematiques/restauration-collective/" },
  { w: ["EPCI", "intercommunalité"], u: "/niveaux/intercommunalite/" },
], rules.folding);

test("a group without its label takes its first word", () => {
  assert.equal(groups[1].l, "EPCI");
  assert.deepEqual(groups[0].folded, [["cantine"], ["restauration", "collective"]]);
});

test("a query naming a word is also run with each synonym in its place, accents aside", () => {
  const { queries, indexes } = expand("Intercommunalité et cantine", groups, rules.folding, 8);
  assert.deepEqual(queries, [
    ["Intercommunalité et restauration collective", "restauration collective"],
    ["EPCI et cantine", "EPCI"],
  ]);
  assert.deepEqual(indexes.map((i) => i.u), ["/thematiques/restauration-collective/", "/niveaux/intercommunalite/"]);
});

test("a multi-word synonym is matched as consecutive words, and expansions are capped", () => {
  assert.deepEqual(expand("restauration collective bio", groups, rules.folding, 8).queries, [["cantine bio", "cantine"]]);
  assert.deepEqual(expand("collective restauration", groups, rules.folding, 8).queries, []);
  assert.equal(expand("cantine epci", groups, rules.folding, 1).queries.length, 1);
});

test("indexOfSequence finds the first run, never an empty one", () => {
  assert.equal(indexOfSequence(["a", "b", "c", "b", "c"], ["b", "c"]), 1);
  assert.equal(indexOfSequence(["a"], []), -1);
  assert.equal(indexOfSequence(["a"], ["a", "b"]), -1);
});
