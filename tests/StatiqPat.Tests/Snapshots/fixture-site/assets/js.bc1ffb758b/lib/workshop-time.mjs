// Durations and clock times of the composed atelier. A duration of null means unknown: a tool sheet without one.

/** A tool's duration, or its follow-up's, in minutes. */
export function itemMinutes(item, bySlug) {
  const tool = bySlug.get(item.slug);
  return item.suite ? tool.suite.duree : tool.duree;
}

/** Tools run at the same time take as long as the longest; unknown as soon as one has no duration. */
export function stepMinutes(step, bySlug) {
  if (step.pause) {
    return step.pause;
  }
  const durations = step.items.map((item) => itemMinutes(item, bySlug));
  return durations.some((d) => d === null || d === undefined) ? null : Math.max(...durations);
}

/** « 45 min », « 2 h », « 1 h 05 », or what is shown when it is unknown. */
export function duration(minutes) {
  if (minutes === null) {
    return "durée non renseignée";
  }
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, "0")}`;
}

/** Minutes since midnight as hh:mm, past midnight wrapping to the next day. */
export function clock(minutes) {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, "0")}:${String(day % 60).padStart(2, "0")}`;
}

/** Minutes since midnight of an hh:mm time. */
export function minutesOf(time) {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/**
 * Each step's begin and end as hh:mm, from the start and the steps' durations; "—" from the first step of unknown
 * duration on. `total` is the elapsed minutes, or null when a step's duration is unknown.
 */
export function agenda(steps, start, bySlug) {
  const from = minutesOf(start);
  let elapsed = 0;
  const rows = steps.map((step) => {
    const minutes = stepMinutes(step, bySlug);
    const begin = elapsed === null ? "—" : clock(from + elapsed);
    elapsed = elapsed === null || minutes === null ? null : elapsed + minutes;
    const end = elapsed === null ? "—" : clock(from + elapsed);
    return { step, minutes, begin, end };
  });
  return { rows, total: elapsed };
}
