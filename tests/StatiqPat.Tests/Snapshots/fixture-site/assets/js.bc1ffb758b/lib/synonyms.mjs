// Query expansion with the thesaurus: a query naming a word of a group is also run with each other word of the group.
import { fold, tokens } from "./folding.mjs";

/** The groups as the page gives them ({ w: words, l?: index label, u?: index address }), each word kept folded for matching. */
export function prepareGroups(groups, table) {
  // A group's index label is left out of the page when it is the group's first word.
  return groups.map((group) => ({ ...group, l: group.l ?? group.w[0], folded: group.w.map((word) => tokens(word).map((t) => fold(t, table))) }));
}

/**
 * The queries to run besides the typed one, as [text, synonym used] pairs, at most `max` of them (a query naming several
 * words could otherwise fan out into dozens of searches), and the index pages of the groups the query names.
 */
export function expand(query, groups, table, max) {
  const words = tokens(query);
  const folded = words.map((word) => fold(word, table));
  const queries = new Map();
  const indexes = [];
  for (const group of groups) {
    group.folded.forEach((sequence, i) => {
      const at = indexOfSequence(folded, sequence);
      if (at < 0) return;
      if (group.u !== undefined && !indexes.some((index) => index.u === group.u)) indexes.push(group);
      group.w.forEach((other, j) => {
        const text = [...words.slice(0, at), other, ...words.slice(at + sequence.length)].join(" ");
        if (j !== i && !queries.has(text)) queries.set(text, other);
      });
    });
  }
  return { queries: [...queries].slice(0, max), indexes };
}

/** Where `sequence` first appears as consecutive words of `words`, or -1. */
export function indexOfSequence(words, sequence) {
  for (let at = 0; at + sequence.length <= words.length; at++) {
    if (sequence.length > 0 && sequence.every((word, k) => words[at + k] === word)) return at;
  }
  return -1;
}
