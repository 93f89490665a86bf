using System.Text.RegularExpressions;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// The scheme of a link as a browser reads it, so « JavaScript: », « java&#9;script: » or « data: » cannot pass for a
/// plain address. Only web, mail and phone addresses leave the site; internal links use the site's own prefixes.
/// </summary>
public static partial class LinkSchemes
{
    public static readonly IReadOnlySet<string> Outgoing = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "mailto", "tel" };

    /// <summary>The lower-case scheme, or null for a relative address (a path, a fragment).</summary>
    public static string? Of(string url)
    {
        // As the URL standard does: leading and trailing controls and spaces go, tabs and line breaks anywhere.
        var cleaned = TabsAndBreaks().Replace(url.Trim('\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b',
            '\t', '\n', '\v', '\f', '\r', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016',
            '\u0017', '\u0018', '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', ' '), "");
        var match = Scheme().Match(cleaned);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex TabsAndBreaks();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
