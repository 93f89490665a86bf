// Folding and word splitting, as the build's Folding.Fold and the search index see text.

/** Lower case without accents, letter for letter as Folding.Fold: the table maps a lower-case letter to what it folds to. */
export function fold(text, table) {
  let folded = "";
  for (const c of text) {
    const lower = c.toLowerCase();
    const plain = Object.hasOwn(table, lower) ? table[lower] : undefined;
    if (plain !== undefined) folded += plain;
    else if (!/\p{Mn}/u.test(c)) folded += lower;
  }
  return folded;
}

/** The words of a text: runs of letters and digits, in any script. */
export function tokens(text) {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
