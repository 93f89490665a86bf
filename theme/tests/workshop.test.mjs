import assert from "node:assert/strict";
import { test } from "node:test";
import { isStart, parseStep, parseSteps, query, startOr, tokenOf } from "../wwwroot/js/lib/workshop-address.mjs";
import { agenda, clock, duration, minutesOf, stepMinutes } from "../wwwroot/js/lib/workshop-time.mjs";

const bySlug = new Map([
  { slug: "carto", duree: 60, suite: { duree: 30 } },
  { slug: "jeu", duree: 45 },
  { slug: "sans-duree", duree: null },
].map((tool) => [tool.slug, tool]));

test("steps are read from the address, unknown tools named and skipped", () => {
  const unknown = [];
  const steps = parseSteps("carto,carto.suite~jeu,pause-15,inconnu,jeu.suite,pause-999,,", bySlug, unknown);
  assert.deepEqual(steps, [
    { items: [{ slug: "carto", suite: false }] },
    { items: [{ slug: "carto", suite: true }, { slug: "jeu", suite: false }] },
    { pause: 15 },
    { pause: 240 },
  ]);
  assert.deepEqual(unknown, ["inconnu", "jeu.suite"]);
  assert.deepEqual(parseStep("pause-0", bySlug, []), { pause: 1 });
  assert.deepEqual(parseSteps(null, bySlug, []), []);
});

test("the address written reads back as the same atelier", () => {
  const state = { steps: parseSteps("carto~jeu,pause-10,carto.suite", bySlug, []), start: "13:30" };
  assert.equal(query(state), "?outils=carto~jeu,pause-10,carto.suite&debut=13:30");
  assert.equal(query({ steps: [], start: "09:00" }), "?debut=09:00");
  assert.equal(tokenOf({ pause: 5 }), "pause-5");
});

test("a start time is hh:mm on 24 hours, else 09:00", () => {
  assert.ok(isStart("23:59"));
  assert.ok(!isStart("24:00") && !isStart("9:00") && !isStart(null));
  assert.equal(startOr("7:00"), "09:00");
  assert.equal(startOr(null), "09:00");
  assert.equal(startOr("07:15"), "07:15");
});

test("durations read in French and clocks wrap past midnight", () => {
  assert.equal(duration(null), "durée non renseignée");
  assert.equal(duration(45), "45 min");
  assert.equal(duration(120), "2 h");
  assert.equal(duration(65), "1 h 05");
  assert.equal(clock(23 * 60 + 90), "00:30");
  assert.equal(clock(-30), "23:30");
  assert.equal(minutesOf("09:30"), 570);
});

test("parallel tools take the longest, and the agenda runs from the start until a duration is unknown", () => {
  const steps = parseSteps("carto~jeu,pause-15,carto.suite,sans-duree,jeu", bySlug, []);
  assert.equal(stepMinutes(steps[0], bySlug), 60);
  const { rows, total } = agenda(steps, "09:30", bySlug);
  assert.deepEqual(rows.map((r) => [r.begin, r.end]), [["09:30", "10:30"], ["10:30", "10:45"], ["10:45", "11:15"], ["11:15", "—"], ["—", "—"]]);
  assert.equal(total, null);
  assert.equal(agenda(steps.slice(0, 3), "23:00", bySlug).total, 105);
});
