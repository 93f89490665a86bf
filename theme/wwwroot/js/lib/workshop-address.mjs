// The composed atelier in its address: ?outils=a,b.suite,pause-15,c~d&debut=09:30. "," separates steps, "~" joins tools
// run at the same time (rotating tables), ".suite" names a tool's follow-up, "pause-N" a break of N minutes.

const SUITE = ".suite";
const START = /^([01]\d|2[0-3]):[0-5]\d$/;
export const DEFAULT_START = "09:00";

/** One tool or follow-up, { slug, suite }, or null when the tool is unknown or has no follow-up. */
export function parseItem(token, bySlug) {
  const suite = token.endsWith(SUITE);
  const tool = bySlug.get(suite ? token.slice(0, -SUITE.length) : token);
  return tool && (!suite || tool.suite) ? { slug: tool.slug, suite } : null;
}

/** One step, { pause } or { items }, or null when nothing in it is known; unknown tools are pushed onto `unknown`. */
export function parseStep(token, bySlug, unknown) {
  const pause = /^pause-(\d{1,3})$/.exec(token);
  if (pause) {
    return { pause: Math.min(240, Math.max(1, Number(pause[1]))) };
  }

  const items = [];
  for (const part of token.split("~")) {
    const item = parseItem(part, bySlug);
    if (item) {
      items.push(item);
    } else if (part !== "") {
      unknown.push(part);
    }
  }

  return items.length > 0 ? { items } : null;
}

export function parseSteps(text, bySlug, unknown) {
  return (text || "").split(",").filter((t) => t !== "").map((t) => parseStep(t, bySlug, unknown)).filter((s) => s !== null);
}

export function tokenOf(step) {
  return step.pause ? `pause-${step.pause}` : step.items.map((i) => (i.suite ? `${i.slug}${SUITE}` : i.slug)).join("~");
}

/** A start time as the time field gives it (hh:mm, 24 h), or false. */
export function isStart(text) {
  return typeof text === "string" && START.test(text);
}

/** The start kept when the address holds none or a malformed one. */
export function startOr(text) {
  return text && isStart(text) ? text : DEFAULT_START;
}

// Written by hand: URLSearchParams would encode the commas, the tildes and the colon, which read better as they are.
export function query(state) {
  const parts = [];
  if (state.steps.length > 0) {
    parts.push(`outils=${state.steps.map(tokenOf).join(",")}`);
  }
  parts.push(`debut=${state.start}`);
  return `?${parts.join("&")}`;
}
