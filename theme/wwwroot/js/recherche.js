// Search page: queries the Pagefind index built with the site, draws results and facet counts,
// and keeps the query, the chosen filters and how many results are shown in the address, so a search
// can be shared and a reload comes back to the same list.
const FILTER_LABELS = {
  fiche: "Type de fiche", statut: "Statut", type: "Type de coopération", degre: "Degré de coopération",
  fonction: "Fonction", niveau: "Niveau de gouvernance", role: "Rôle", thematique: "Thématique",
  region: "Région", departement: "Département", format: "Format d'atelier",
};
const PAGE_SIZE = 20;

const app = document.getElementById("search-app");
const input = document.getElementById("q");
const form = input.form;
const filtersBox = document.getElementById("search-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-list");
const more = document.getElementById("search-more");

const params = new URLSearchParams(window.location.search);
input.value = params.get("q") ?? "";
const chosen = {};
for (const [name, value] of params) {
  if (name !== "q" && name in FILTER_LABELS) (chosen[name] ??= []).push(value);
}
// Results shown: a whole number of pages, kept in the address ("affiches") so a reload shows as many.
let shown = Math.max(PAGE_SIZE, Math.ceil((Number.parseInt(params.get("affiches") ?? "", 10) || PAGE_SIZE) / PAGE_SIZE) * PAGE_SIZE);
let current = null;

// Folded on a narrow screen before the app is shown, so nothing drawn into it later pushes the results down.
const filtersFold = document.getElementById("search-filters-box");
if (window.matchMedia("(max-width: 55.99rem)").matches) filtersFold.open = false;
app.hidden = false;
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();
// Facet counts come back with results only once the filter data is loaded.
await pagefind.filters();

let latest = 0;
async function run({ keepCount = false } = {}) {
  const ticket = ++latest;
  if (!keepCount) shown = PAGE_SIZE;
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(chosen).filter(([, values]) => values.length > 0));
  const search = await pagefind.search(query === "" ? null : query, { filters });
  if (ticket !== latest) return;
  current = search;
  drawFilters(search.filters ?? {});
  if (query === "" && Object.keys(filters).length === 0) {
    remember(query);
    status.textContent = "Tapez un ou plusieurs mots, ou choisissez un filtre.";
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  const pages = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
  if (ticket !== latest) return;
  // List and status change together, so what a screen reader announces matches what is on screen.
  list.replaceChildren(...pages.map(drawResult));
  showCount(query);
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
  list.append(...pages.map(drawResult));
  shown = list.children.length;
  showCount(input.value.trim());
  list.children[from]?.querySelector("a")?.focus();
});

function showCount(query) {
  const count = current.results.length;
  const listed = list.children.length;
  more.hidden = listed >= count;
  remember(query);
  status.textContent = count === 0 ? "Aucun résultat."
    : count === 1 ? "1 résultat."
    : listed < count ? `${count} résultats, ${listed} affichés.`
    : `${count} résultats.`;
}

function drawResult(page) {
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
  const next = new URLSearchParams();
  if (query !== "") next.set("q", query);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) next.append(name, value);
  if (list.children.length > PAGE_SIZE) next.set("affiches", String(list.children.length));
  const search = next.toString();
  history.replaceState(null, "", search === "" ? window.location.pathname : `?${search}`);
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
