// Search page: queries the Pagefind index built with the site, draws results and facet counts,
// and keeps the query, the chosen filters and how many results are shown in the address, so a search
// can be shared and a reload comes back to the same list. The rules it shares with the build (folding, facets,
// suggestion thresholds) come from the build's /recherche/regles.json; the pure functions live in ./lib/.
import { guesses as closest } from "./lib/closeness.mjs";
import { readRules } from "./lib/rules.mjs";
import { readAddress, typedQuery, writeAddress } from "./lib/search-address.mjs";
import { expand, prepareGroups } from "./lib/synonyms.mjs";

const PAGE_SIZE = 20;
// A query naming several thesaurus words could otherwise fan out into dozens of searches.
const MAX_EXPANSIONS = 8;

const app = document.getElementById("search-app");
const input = document.getElementById("q");
const form = input.form;
const filtersBox = document.getElementById("search-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-list");
const more = document.getElementById("search-more");
const related = document.getElementById("search-related");
const none = document.getElementById("search-none");
const guesses = document.getElementById("search-guesses");
const guessList = document.getElementById("search-guess-list");

input.value = typedQuery(window.location.search);
// Asked for at once, while Pagefind loads; same origin, so the policy's connect-src 'self' allows it.
const rulesLoading = fetch(app.dataset.rules).then((response) => response.json());

// Folded on a narrow screen before the app is shown, so nothing drawn into it later pushes the results down.
const filtersFold = document.getElementById("search-filters-box");
if (window.matchMedia("(max-width: 55.99rem)").matches) filtersFold.open = false;
app.hidden = false;
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();
// Facet counts come back with results only once the filter data is loaded.
await pagefind.filters();
const RULES = readRules(await rulesLoading);
const FILTER_LABELS = RULES.labels;

// The thesaurus (input/thesaurus.yml and the départements), each word kept as its folded words for matching.
const GROUPS = prepareGroups(JSON.parse(document.getElementById("search-synonyms")?.textContent ?? "[]"), RULES.folding);

const address = readAddress(window.location.search, Object.keys(FILTER_LABELS), PAGE_SIZE);
const chosen = address.chosen;
// Results shown: a whole number of pages, kept in the address ("affiches") so a reload shows as many.
let shown = address.shown;
let current = null;

let latest = 0;
async function run({ keepCount = false } = {}) {
  const ticket = ++latest;
  if (!keepCount) shown = PAGE_SIZE;
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(chosen).filter(([, values]) => values.length > 0));
  const found = await searchWithSynonyms(query, filters);
  if (ticket !== latest) return;
  current = found;
  drawFilters(found.filters);
  if (query === "" && Object.keys(filters).length === 0) {
    remember(query);
    status.textContent = "Tapez un ou plusieurs mots, ou choisissez un filtre.";
    list.replaceChildren();
    more.hidden = true;
    related.hidden = true;
    none.hidden = true;
    return;
  }
  const pages = await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
  if (ticket !== latest) return;
  // List and status change together, so what a screen reader announces matches what is on screen.
  list.replaceChildren(...pages.map((page, i) => drawResult(page, found.via.get(found.results[i].id))));
  drawRelated(found.indexes);
  showCount(query);
  if (found.results.length === 0 && query !== "") await drawGuesses(query, ticket);
}

// The query as typed, and, for each thesaurus word it holds, the same query with that word replaced by each of its
// synonyms; results are merged, a page found by several keeping the typed query's excerpt (its words highlighted).
async function searchWithSynonyms(query, filters) {
  const typed = await pagefind.search(query === "" ? null : query, { filters });
  const { queries, indexes } = query === "" ? { queries: [], indexes: [] } : expand(query, GROUPS, RULES.folding, MAX_EXPANSIONS);
  const via = new Map();
  if (queries.length === 0) return { results: typed.results, filters: typed.filters ?? {}, via, indexes, synonyms: [] };

  const others = await Promise.all(queries.map(([text]) => pagefind.search(text, { filters })));
  const best = new Map(typed.results.map((result) => [result.id, result]));
  others.forEach((search, i) => {
    for (const result of search.results) {
      const kept = best.get(result.id);
      if (kept === undefined || (via.has(result.id) && result.score > kept.score)) {
        best.set(result.id, result);
        via.set(result.id, queries[i][1]);
      }
    }
  });
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  return { results, filters: await countFacets(results, [typed, ...others]), via, indexes, synonyms: [...new Set(queries.map(([, word]) => word))] };
}

// Pagefind counts facets for one query; for merged results each value is counted over the pages that carry it,
// which a search by that filter alone lists (once per value, then kept).
const pagesByValue = new Map();
async function countFacets(results, searches) {
  const counts = {};
  for (const search of searches) {
    for (const [name, values] of Object.entries(search.filters ?? {})) for (const value of Object.keys(values)) (counts[name] ??= {})[value] = 0;
  }
  const ids = results.map((result) => result.id);
  await Promise.all(Object.entries(counts).flatMap(([name, values]) => Object.keys(values).map(async (value) => {
    const key = `${name}\u0000${value}`;
    if (!pagesByValue.has(key)) pagesByValue.set(key, pagefind.search(null, { filters: { [name]: value } }).then((s) => new Set(s.results.map((r) => r.id))));
    const pages = await pagesByValue.get(key);
    values[value] = ids.filter((id) => pages.has(id)).length;
  })));
  return counts;
}

// The next page of results is added in place; focus moves to the first new one so a keyboard user reads on
// from there, and the status (a live region) announces how many are now shown.
// A second click while a page is loading is ignored, or the same results would be added twice.
let adding = false;
more.addEventListener("click", async () => {
  if (current === null || adding) return;
  adding = true;
  const ticket = latest;
  const from = list.children.length;
  const pages = await Promise.all(current.results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
  adding = false;
  if (ticket !== latest) return;
  list.append(...pages.map((page, i) => drawResult(page, current.via.get(current.results[from + i].id))));
  shown = list.children.length;
  showCount(input.value.trim());
  list.children[from]?.querySelector("a")?.focus();
});

function showCount(query) {
  const count = current.results.length;
  const listed = list.children.length;
  more.hidden = listed >= count;
  remember(query);
  const also = current.synonyms.length === 0 ? "" : ` La recherche inclut ${current.synonyms.map((word) => `« ${word} »`).join(", ")}.`;
  status.textContent = (count === 0 ? (query === "" ? "Aucun résultat." : `Aucun résultat pour « ${query} ».`)
    : count === 1 ? "1 résultat."
    : listed < count ? `${count} résultats, ${listed} affichés.`
    : `${count} résultats.`) + also;
  // Shown by drawGuesses once the guesses are in, so the block does not grow under the reader's eyes.
  if (count > 0 || query === "") none.hidden = true;
}

// The index pages of the vocabulary values the query names (« EPCI » leads to the intercommunality index).
function drawRelated(indexes) {
  related.hidden = indexes.length === 0;
  related.replaceChildren();
  if (indexes.length === 0) return;
  related.append(indexes.length === 1 ? "Voir aussi l'index " : "Voir aussi les index ");
  indexes.forEach((index, i) => {
    if (i > 0) related.append(i === indexes.length - 1 ? " et " : ", ");
    const link = document.createElement("a");
    link.href = index.u;
    link.textContent = `« ${index.l} »`;
    related.append(link);
  });
  related.append(".");
}

// Nothing found: the titles, typology values and thesaurus words closest to the query, folded and compared as
// the build's « vouliez-vous dire » does. The list is fetched once, the first time a search finds nothing.
let suggestions = null;
async function drawGuesses(query, ticket) {
  suggestions ??= fetch(app.dataset.suggestions).then((response) => response.json()).catch(() => []);
  const all = await suggestions;
  if (ticket !== latest) return;
  const scored = closest(query, all, RULES);
  guessList.replaceChildren(...scored.map((entry) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = entry.url;
    link.textContent = entry.label;
    item.append(link, ` (${entry.kind})`);
    return item;
  }));
  guesses.hidden = scored.length === 0;
  none.hidden = false;
}

// « via » is the synonym that found the page when the words typed did not.
function drawResult(page, via) {
  const item = document.createElement("li");
  const title = document.createElement("h3");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta?.title ?? page.url;
  title.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  // Pagefind escapes the page text and only adds <mark> around the words found.
  excerpt.innerHTML = page.excerpt;
  item.append(title, describe(page), excerpt);
  if (via !== undefined) {
    const note = document.createElement("p");
    note.className = "result-via";
    note.textContent = `Trouvé par le synonyme « ${via} ».`;
    item.append(note);
  }
  return item;
}

// What the result is before one opens it: its kind, and for a case its type, degree and territories
// (the page's own filter values and metadata, recorded by the build).
function describe(page) {
  const filters = page.filters ?? {};
  const parts = [
    ...(filters.fiche ?? []),
    ...(filters.type ?? []),
    ...(filters.degre ?? []),
    ...(page.meta?.territoires ? [page.meta.territoires] : filters.departement ?? []),
  ];
  const line = document.createElement("p");
  line.className = "result-meta";
  line.textContent = parts.join(" · ");
  return line;
}

function drawFilters(counts) {
  const active = Object.values(chosen).reduce((sum, values) => sum + values.length, 0);
  filtersFold.querySelector("summary").textContent = active === 0 ? "Afficher les filtres"
    : `Afficher les filtres (${active} choisi${active > 1 ? "s" : ""})`;
  const groups = Object.keys(FILTER_LABELS).filter((name) => Object.values(counts[name] ?? {}).some((count) => count > 0) || (chosen[name] ?? []).length > 0);
  if (groups.length === 0) {
    const empty = document.createElement("p");
    empty.textContent = "Aucun filtre ne s'applique à ces résultats.";
    filtersBox.replaceChildren(empty);
    return;
  }
  filtersBox.replaceChildren(...groups.map((name) => {
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = FILTER_LABELS[name];
    fieldset.append(legend);
    const values = Object.entries(counts[name])
      .filter(([value, count]) => count > 0 || (chosen[name] ?? []).includes(value))
      .sort(([a], [b]) => a.localeCompare(b, "fr"));
    for (const [value, count] of values) {
      const id = `filtre-${name}-${value}`.replace(/[^a-zA-Z0-9-]/g, "-");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = id;
      box.checked = (chosen[name] ?? []).includes(value);
      box.addEventListener("change", () => {
        const values = (chosen[name] ??= []);
        if (box.checked) values.push(value); else values.splice(values.indexOf(value), 1);
        run();
      });
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = `${value} (${count})`;
      const line = document.createElement("div");
      line.className = "filter-option";
      line.append(box, label);
      fieldset.append(line);
    }
    return fieldset;
  }));
}

function remember(query) {
  const search = writeAddress(query, chosen, list.children.length, PAGE_SIZE);
  history.replaceState(null, "", search === "" ? window.location.pathname : search);
}

let pending;
input.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(run, 200);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
run({ keepCount: true });
