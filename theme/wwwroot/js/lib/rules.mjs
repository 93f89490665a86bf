// The build's rules, as /recherche/regles.json gives them (written from Folding, SearchFacetList and Suggestions):
// the script takes its folding table, facet legends and suggestion thresholds from there, never from a copy of its own.

/** Checks the file's shape and returns { folding, labels, closeness }; a malformed file throws rather than half works. */
export function readRules(json) {
  const { folding, facets, closeness } = json ?? {};
  if (folding === null || typeof folding !== "object" || !Array.isArray(facets)
    || !Number.isInteger(closeness?.least) || !Number.isInteger(closeness?.lettersPerEdit)) {
    throw new Error("regles.json: unexpected shape");
  }
  // An object keeps its keys in insertion order: the facets are shown in the file's order.
  const labels = Object.fromEntries(facets.map(({ name, label }) => [name, label]));
  return { folding, labels, closeness };
}
