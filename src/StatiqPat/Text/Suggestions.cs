
namespace StatiqPat.Text;

/// <summary>Finds the closest known word to a mistyped one, ignoring case and accents, as contributors type both loosely.</summary>
public static class Suggestions
{
    /// <summary>Edits always forgiven, however short the word: a typo in a four-letter word is still a typo.</summary>
    public const int LeastAllowance = 2;

    /// <summary>One more edit forgiven per this many letters: past a third of the word, a guess confuses more than it helps.</summary>
    public const int LettersPerEdit = 3;

    /// <summary>How many edits a folded word may be from a known one and still be suggested (the search page applies the same rule).</summary>
    public static int Allowance(string folded) => Math.Max(LeastAllowance, folded.Length / LettersPerEdit);

    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var folded = Folding.Fold(typed);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(folded, Folding.Fold(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Allowance(folded) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
