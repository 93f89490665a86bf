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
    /// The build runs in invariant globalization mode, where Unicode normalization does not decompose « é », so the
    /// letters of French and its neighbours are folded from a table.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var index = Accented.IndexOf(lower, StringComparison.Ordinal);
            if (index >= 0)
            {
                builder.Append(Plain[index]);
            }
            else if (lower is 'œ')
            {
                builder.Append("oe");
            }
            else if (lower is 'æ')
            {
                builder.Append("ae");
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
