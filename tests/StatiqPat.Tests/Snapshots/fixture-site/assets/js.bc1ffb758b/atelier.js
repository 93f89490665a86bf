// « Préparer un atelier »: compose a sequence of tools and suites with buttons, get the timed agenda, the materials
// and the kit to print. The state lives in the address (?outils=a,b.suite,pause-15,c~d&debut=09:30) so a link
// restores it; "~" joins tools run at the same time (rotating tables), ".suite" names a tool's follow-up.
// A module: the address and the clock arithmetic live in ./lib/, where they are unit tested.
import { DEFAULT_START, isStart, parseStep, parseSteps, query as queryOf, startOr } from "./lib/workshop-address.mjs";
import { agenda, clock, duration, minutesOf, stepMinutes as minutesOfStep } from "./lib/workshop-time.mjs";

(() => {
  const root = document.getElementById("composeur");
  const data = document.getElementById("atelier-donnees");
  if (!root || !data) {
    return;
  }

  const tools = JSON.parse(data.textContent).outils;
  const bySlug = new Map(tools.map((tool) => [tool.slug, tool]));
  const storageKey = "statiqpat-atelier";
  const element = (id) => document.getElementById(id);
  const state = { steps: [], start: DEFAULT_START };

  // ---------- The address, durations and clock times ----------

  const query = () => queryOf(state);
  const stepMinutes = (step) => minutesOfStep(step, bySlug);
  const startMinutes = () => minutesOf(state.start);

  function itemName(item) {
    const tool = bySlug.get(item.slug);
    return item.suite ? `Suite de l'outil n° ${tool.numero} : ${tool.suite.titre}` : `n° ${tool.numero} · ${tool.titre}`;
  }

  function stepName(step) {
    return step.pause ? "Pause" : step.items.map(itemName).join(" / ");
  }

  // ---------- Drawing ----------

  function button(text, label, action, index, disabled) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", `${label} : ${stepName(state.steps[index])}`);
    b.dataset.action = action;
    b.dataset.index = String(index);
    b.disabled = disabled;
    return b;
  }

  function drawSteps() {
    const list = element("atelier-etapes");
    list.replaceChildren();
    state.steps.forEach((step, i) => {
      const li = document.createElement("li");
      const name = document.createElement("span");
      name.className = "composer-step-name";
      name.textContent = `${stepName(step)} (${duration(stepMinutes(step))})${step.items && step.items.length > 1 ? ", en parallèle" : ""}`;
      const actions = document.createElement("span");
      actions.className = "composer-step-actions";
      actions.append(
        button("Monter", "Monter", "up", i, i === 0),
        button("Descendre", "Descendre", "down", i, i === state.steps.length - 1));
      const previous = state.steps[i - 1];
      if (step.items && previous && previous.items) {
        actions.append(button("En parallèle", "Mener en parallèle de l'étape précédente", "join", i, false));
      }
      if (step.items && step.items.length > 1) {
        actions.append(button("Séparer", "Séparer en étapes successives", "split", i, false));
      }
      actions.append(button("Retirer", "Retirer", "remove", i, false));
      li.append(name, " ", actions);
      list.append(li);
    });
    element("atelier-vide").hidden = state.steps.length > 0;
  }

  function toolLinks(step, cell) {
    step.items.forEach((item, j) => {
      if (j > 0) {
        cell.append(" / ");
      }
      const a = document.createElement("a");
      a.href = bySlug.get(item.slug).adresse;
      a.textContent = itemName(item);
      cell.append(a);
    });
  }

  function drawAgenda() {
    const body = element("atelier-agenda").tBodies[0];
    body.replaceChildren();
    const { rows, total: elapsed } = agenda(state.steps, state.start, bySlug);
    for (const { step, minutes, begin, end } of rows) {
      const row = body.insertRow();
      row.insertCell().textContent = begin;
      row.insertCell().textContent = end;
      const name = document.createElement("th");
      name.scope = "row";
      if (step.pause) {
        name.textContent = "Pause";
      } else {
        toolLinks(step, name);
      }
      row.append(name);
      const formats = step.pause ? [] : [...new Set(step.items.map((i) => (i.suite ? bySlug.get(i.slug).suite.format : bySlug.get(i.slug).format)).filter(Boolean))];
      row.insertCell().textContent = step.pause ? "—" : (formats.join(", ") || "non renseigné");
      row.insertCell().textContent = duration(minutes);
    }
    element("atelier-total").textContent = elapsed === null
      ? "non calculable : une étape n'a pas de durée"
      : `${duration(elapsed)}${state.steps.length > 0 ? `, de ${clock(startMinutes())} à ${clock(startMinutes() + elapsed)}` : ""}`;
  }

  function drawMaterials() {
    const list = element("atelier-materiel");
    list.replaceChildren();
    const seen = new Set();
    for (const step of state.steps.filter((s) => s.items)) {
      for (const item of step.items.filter((i) => !i.suite)) {
        for (const thing of bySlug.get(item.slug).materiel) {
          if (!seen.has(thing)) {
            seen.add(thing);
            const li = document.createElement("li");
            li.textContent = thing;
            list.append(li);
          }
        }
      }
    }
    if (seen.size === 0) {
      const li = document.createElement("li");
      li.textContent = "Rien à préparer pour ces étapes, d'après les fiches.";
      list.append(li);
    }
  }

  function drawKit() {
    const kit = element("atelier-kit");
    kit.replaceChildren();
    for (const step of state.steps.filter((s) => s.items)) {
      for (const item of step.items) {
        const token = item.suite ? `${item.slug}.suite` : item.slug;
        const template = document.querySelector(`template[data-kit-template="${CSS.escape(token)}"]`);
        if (template) {
          kit.append(template.content.cloneNode(true));
        }
      }
    }
  }

  function draw() {
    drawSteps();
    drawAgenda();
    drawMaterials();
    drawKit();
    element("atelier-debut").value = state.start;
    history.replaceState(null, "", `${window.location.pathname}${query()}`);
    try {
      localStorage.setItem(storageKey, query());
    } catch {
      // Private browsing may refuse storage: the address still holds the atelier.
    }
  }

  function announce(message) {
    element("atelier-annonce").textContent = message;
  }

  function showUnknown(unknown) {
    const box = element("atelier-erreur");
    box.hidden = unknown.length === 0;
    box.textContent = unknown.length === 1
      ? `L'adresse nomme un outil inconnu, « ${unknown[0]} » : il a été ignoré, le reste de l'atelier est chargé.`
      : `L'adresse nomme des outils inconnus, ${unknown.map((u) => `« ${u} »`).join(", ")} : ils ont été ignorés, le reste de l'atelier est chargé.`;
  }

  // ---------- Actions ----------

  function add(step) {
    state.steps.push(step);
    draw();
    announce(`${stepName(step)} ajouté. ${state.steps.length} étape${state.steps.length > 1 ? "s" : ""}, total ${element("atelier-total").textContent}.`);
  }

  function act(action, index) {
    const steps = state.steps;
    const step = steps[index];
    let focusIndex = index;
    if (action === "up" && index > 0) {
      [steps[index - 1], steps[index]] = [steps[index], steps[index - 1]];
      focusIndex = index - 1;
    } else if (action === "down" && index < steps.length - 1) {
      [steps[index + 1], steps[index]] = [steps[index], steps[index + 1]];
      focusIndex = index + 1;
    } else if (action === "join") {
      steps[index - 1].items.push(...step.items);
      steps.splice(index, 1);
      focusIndex = index - 1;
    } else if (action === "split") {
      steps.splice(index, 1, ...step.items.map((item) => ({ items: [item] })));
    } else if (action === "remove") {
      steps.splice(index, 1);
      focusIndex = Math.min(index, steps.length - 1);
    }
    draw();
    const verbs = { up: "montée", down: "descendue", join: "menée en parallèle", split: "séparée", remove: "retirée" };
    announce(`Étape « ${stepName(step)} » ${verbs[action]}. Total ${element("atelier-total").textContent}.`);
    const again = root.querySelector(`#atelier-etapes button[data-action="${action}"][data-index="${focusIndex}"]:not(:disabled)`)
      || root.querySelector(`#atelier-etapes button[data-index="${focusIndex}"]:not(:disabled)`)
      || element("atelier-choix");
    again.focus();
  }

  function fillChoices() {
    const select = element("atelier-choix");
    for (const tool of tools) {
      select.append(new Option(`n° ${tool.numero} · ${tool.titre}`, tool.slug));
      if (tool.suite) {
        select.append(new Option(`Suite de l'outil n° ${tool.numero} : ${tool.suite.titre}`, `${tool.slug}.suite`));
      }
    }
  }

  // ---------- Start ----------

  function load() {
    const params = new URLSearchParams(window.location.search);
    let stored = null;
    try {
      stored = localStorage.getItem(storageKey);
    } catch {
      stored = null;
    }
    // A shared link wins; without one, the atelier being composed in this browser comes back.
    const source = params.has("outils") || params.has("debut") || !stored ? params : new URLSearchParams(stored);
    const unknown = [];
    state.steps = parseSteps(source.get("outils"), bySlug, unknown);
    state.start = startOr(source.get("debut"));
    const added = params.get("ajouter");
    if (added) {
      const step = parseStep(added, bySlug, unknown);
      if (step) {
        state.steps.push(step);
      }
    }
    showUnknown(unknown);
  }

  root.addEventListener("click", (event) => {
    const target = event.target.closest("button[data-action]");
    if (target) {
      act(target.dataset.action, Number(target.dataset.index));
    }
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-ajouter]");
    if (link) {
      event.preventDefault();
      add({ items: [{ slug: link.dataset.ajouter, suite: false }] });
    }
  });
  element("atelier-ajouter").addEventListener("click", () => {
    const step = parseStep(element("atelier-choix").value, bySlug, []);
    if (step) {
      add(step);
    }
  });
  element("atelier-ajouter-pause").addEventListener("click", () => {
    const minutes = Math.round(Number(element("atelier-pause").value));
    if (minutes >= 1 && minutes <= 240) {
      add({ pause: minutes });
    }
  });
  element("atelier-debut").addEventListener("change", (event) => {
    if (isStart(event.target.value)) {
      state.start = event.target.value;
      draw();
      announce(`Début à ${state.start}. Total ${element("atelier-total").textContent}.`);
    }
  });
  element("atelier-copier").addEventListener("click", async () => {
    const link = `${window.location.origin}${window.location.pathname}${query()}`;
    try {
      await navigator.clipboard.writeText(link);
      announce("Lien copié : il rouvre cet atelier tel quel.");
    } catch {
      announce(`Copie impossible ici : le lien est dans la barre d'adresse, ${link}`);
    }
  });
  element("atelier-imprimer").addEventListener("click", () => window.print());

  fillChoices();
  load();
  root.hidden = false;
  draw();
})();
