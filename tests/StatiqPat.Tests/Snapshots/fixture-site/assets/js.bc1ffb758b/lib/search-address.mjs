// The search page's state in its address (?q=…&fonction=Manger&affiches=40), so a search can be shared and a reload
// comes back to the same list.

/** The query, the chosen filter values (only of known facets) and how many results to show, a whole number of pages. */
export function readAddress(search, facetNames, pageSize) {
  const params = new URLSearchParams(search);
  const chosen = {};
  for (const [name, value] of params) {
    if (name !== "q" && facetNames.includes(name)) (chosen[name] ??= []).push(value);
  }
  const asked = Number.parseInt(params.get("affiches") ?? "", 10) || pageSize;
  return { query: typedQuery(search), chosen, shown: Math.max(pageSize, Math.ceil(asked / pageSize) * pageSize) };
}

/** The address's query string ("" when there is nothing to keep); the count only once more than a page is listed. */
export function writeAddress(query, chosen, listed, pageSize) {
  const next = new URLSearchParams();
  if (query !== "") next.set("q", query);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) next.append(name, value);
  if (listed > pageSize) next.set("affiches", String(listed));
  const search = next.toString();
  return search === "" ? "" : `?${search}`;
}

/** The words searched for, which the page shows in its field before anything else has loaded. */
export function typedQuery(search) {
  return new URLSearchParams(search).get("q") ?? "";
}
