using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace StatiqPat.Text;

/// <summary>
/// Lower case without accents: how French names are compared for "did you mean", turned into slugs, and sorted
/// (« Épinal » between « Dijon » and « Forbach », not after « Zürich »).
/// </summary>
public static class Folding
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyy";

    /// <summary>
    /// What each lower-case letter folds to, when not to itself. The search page folds queries in the browser with
    /// this very table, written by the build into <c>/recherche/regles.json</c>, so both fold alike.
    /// </summary>
    public static readonly FrozenDictionary<char, string> Table = Accented.Select((c, i) => (c, Plain[i].ToString()))
        .Append(('œ', "oe"))
        .Append(('æ', "ae"))
        .ToFrozenDictionary(pair => pair.Item1, pair => pair.Item2);

    /// <summary>
    /// The build runs in invariant globalization mode, where Unicode normalization does not decompose « é », so the
    /// letters of French and its neighbours are folded from a table.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (Table.TryGetValue(lower, out var plain))
            {
                builder.Append(plain);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    /// <summary>Sorts by <paramref name="name"/> in French alphabetical order, accents and case aside.</summary>
    public static IOrderedEnumerable<T> Alphabetically<T>(this IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(item => Fold(name(item)), StringComparer.Ordinal);

    public static IOrderedEnumerable<T> ThenAlphabetically<T>(this IOrderedEnumerable<T> items, Func<T, string> name) =>
        items.ThenBy(item => Fold(name(item)), StringComparer.Ordinal);
}
