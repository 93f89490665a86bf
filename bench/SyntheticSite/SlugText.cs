using System.Text.RegularExpressions;

namespace SyntheticSite;

/// <summary>The generator's slug rule: lower-case ASCII words joined by single dashes.</summary>
public static partial class SlugText
{
    public static bool IsSlug(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
