// The rules file exactly as the build writes it: the fixture site's committed snapshot, which
// FixtureSiteSnapshotTests keeps byte-identical to the build's output and SearchRulesFileTests to the C# rules.
import { readFileSync } from "node:fs";
import { readRules } from "../wwwroot/js/lib/rules.mjs";

export const rulesPath = new URL("../../tests/StatiqPat.Tests/Snapshots/fixture-site/recherche/regles.json", import.meta.url);
export const rulesJson = JSON.parse(readFileSync(rulesPath, "utf8"));
export const rules = readRules(rulesJson);
