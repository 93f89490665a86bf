using System.Text.RegularExpressions;
using StatiqPat.Content;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// A link written as <c>prefix:slug#fragment</c>. <see cref="Kind"/> is null when the prefix looks like ours
/// but is unknown (a typo such as <c>outils:</c>), so the loader can report it instead of shipping a dead link.
/// </summary>
public sealed partial record InternalLinkTarget(string Prefix, ContentKind? Kind, string Slug, string Fragment)
{
    public static InternalLinkTarget? Parse(string url)
    {
        var match = Pattern().Match(url);
        if (!match.Success || match.Groups["prefix"].Value is "http" or "https" or "mailto" or "tel")
        {
            return null;
        }

        var prefix = match.Groups["prefix"].Value;
        return new InternalLinkTarget(prefix, ContentKindNames.FromLinkPrefix(prefix), match.Groups["slug"].Value, match.Groups["fragment"].Value);
    }

    [GeneratedRegex("^(?<prefix>[a-z]+):(?<slug>[^#/]*)(?<fragment>#.*)?$")]
    private static partial Regex Pattern();
}
