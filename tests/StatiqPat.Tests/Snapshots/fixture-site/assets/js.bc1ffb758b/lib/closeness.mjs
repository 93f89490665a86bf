// « Vouliez-vous dire » in the browser: the edit distance and the threshold of the build's Suggestions.Closest.
import { fold, tokens } from "./folding.mjs";

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(row[j - 1] + 1, previous[j] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** How many edits a folded word may be from a known one: at least `least`, one more per `lettersPerEdit` letters. */
export function allowance(word, closeness) {
  return Math.max(closeness.least, Math.floor(word.length / closeness.lettersPerEdit));
}

// Short words of a long query match too many titles by accident, so only long ones are compared one by one.
const LEAST_WORD_LENGTH = 5;
const MAX_GUESSES = 8;

/**
 * The suggestions closest to a query that found nothing: a whole title within reach first, then titles sharing a word
 * within reach of one the query holds; ties in French alphabetical order. Entries are { label, folded, … }.
 */
export function guesses(query, entries, rules) {
  const typed = fold(query, rules.folding);
  const typedWords = tokens(typed).filter((word) => word.length >= LEAST_WORD_LENGTH);
  return entries.map((entry) => {
    const whole = distance(typed, entry.folded);
    if (whole <= allowance(typed, rules.closeness)) return [entry, whole];
    let best = Infinity;
    for (const word of typedWords) for (const other of tokens(entry.folded)) {
      const d = distance(word, other);
      if (d <= allowance(word, rules.closeness) && d < best) best = d;
    }
    return best === Infinity ? null : [entry, best + 1];
  }).filter((pair) => pair !== null)
    .sort(([a, da], [b, db]) => da - db || a.label.localeCompare(b.label, "fr"))
    .slice(0, MAX_GUESSES)
    .map(([entry]) => entry);
}
