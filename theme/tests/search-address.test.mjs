import assert from "node:assert/strict";
import { test } from "node:test";
import { readAddress, typedQuery, writeAddress } from "../wwwroot/js/lib/search-address.mjs";
import { rules } from "./rules.mjs";

const names = Object.keys(rules.labels);

test("the address gives the query, the chosen values of known facets and a whole number of pages", () => {
  const state = readAddress("?q=%C3%89pinal&fonction=Manger&fonction=Produire&inconnu=x&constructor=y&affiches=25", names, 20);
  assert.deepEqual(state, { query: "Épinal", chosen: { fonction: ["Manger", "Produire"] }, shown: 40 });
  assert.deepEqual(readAddress("", names, 20), { query: "", chosen: {}, shown: 20 });
  assert.equal(readAddress("?affiches=abc", names, 20).shown, 20);
  assert.equal(readAddress("?affiches=3", names, 20).shown, 20);
  assert.equal(typedQuery("?q=cantine+bio"), "cantine bio");
});

test("the state is written back as the same address, the count only past one page", () => {
  assert.equal(writeAddress("", {}, 20, 20), "");
  assert.equal(writeAddress("Épinal", { fonction: ["Manger"], region: [] }, 20, 20), "?q=%C3%89pinal&fonction=Manger");
  assert.equal(writeAddress("a", {}, 40, 20), "?q=a&affiches=40");
  const search = writeAddress("Épinal", { fonction: ["Manger", "Produire"] }, 40, 20);
  assert.deepEqual(readAddress(search, names, 20), { query: "Épinal", chosen: { fonction: ["Manger", "Produire"] }, shown: 40 });
});
