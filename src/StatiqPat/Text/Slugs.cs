using System.Text;

namespace StatiqPat.Text;

/// <summary>Turns a French title or file name into a URL slug: accents folded, lower case, words joined by dashes.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var folded = Folding.Fold(text.Replace("œ", "oe").Replace("Œ", "oe").Replace("æ", "ae"));
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
