// Search page: queries the Pagefind index built with the site, draws results and facet counts,
// and keeps the query and the chosen filters in the address so a search can be shared.
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

const params = new URLSearchParams(window.location.search);
input.value = params.get("q") ?? "";
const chosen = {};
for (const [name, value] of params) {
  if (name !== "q" && name in FILTER_LABELS) (chosen[name] ??= []).push(value);
}

app.hidden = false;
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();
// Facet counts come back with results only once the filter data is loaded.
await pagefind.filters();

let latest = 0;
async function run() {
  const ticket = ++latest;
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(chosen).filter(([, values]) => values.length > 0));
  const search = await pagefind.search(query === "" ? null : query, { filters });
  if (ticket !== latest) return;
  remember(query);
  drawFilters(search.filters ?? {});
  if (query === "" && Object.keys(filters).length === 0) {
    status.textContent = "Tapez un ou plusieurs mots, ou choisissez un filtre.";
    list.replaceChildren();
    return;
  }
  const count = search.results.length;
  const pages = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (ticket !== latest) return;
  // List and status change together, so what a screen reader announces matches what is on screen.
  list.replaceChildren(...pages.map(drawResult));
  status.textContent = count === 0 ? "Aucun résultat." : count === 1 ? "1 résultat." : `${count} résultats.`;
}

function drawResult(page) {
  const item = document.createElement("li");
  const title = document.createElement("h3");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta?.title ?? page.url;
  title.append(link);
  const excerpt = document.createElement("p");
  // Pagefind escapes the page text and only adds <mark> around the words found.
  excerpt.innerHTML = page.excerpt;
  item.append(title, excerpt);
  return item;
}

function drawFilters(counts) {
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
run();
