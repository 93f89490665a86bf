namespace StatiqPat.Rendering;

/// <summary>
/// Collapses each run of whitespace in a page to one character: a line break if the run held one, else a space.
/// A browser renders both the same, and the templates' indentation was a tenth of every page. Text inside
/// <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c> elements is left as written, where spaces count.
/// </summary>
public static class HtmlWhitespace
{
    private static readonly string[] Verbatim = ["pre", "textarea", "script", "style"];

    /// <summary>Rewrites <paramref name="html"/> in place and returns the new length.</summary>
    public static int Collapse(Span<char> html)
    {
        var (read, write) = (0, 0);
        string? inside = null;
        while (read < html.Length)
        {
            var c = html[read];
            if (c == '<')
            {
                inside = inside is null ? Opening(html[read..]) : (Closes(html[read..], inside) ? null : inside);
            }

            if (inside is null && IsSpace(c))
            {
                var lineBreak = false;
                while (read < html.Length && IsSpace(html[read]))
                {
                    lineBreak |= html[read] == '\n';
                    read++;
                }

                html[write++] = lineBreak ? '\n' : ' ';
                continue;
            }

            html[write++] = c;
            read++;
        }

        return write;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t';

    /// <summary>The verbatim element this tag opens, if any (the templates and Markdig write tag names in lower case).</summary>
    private static string? Opening(ReadOnlySpan<char> tag)
    {
        foreach (var name in Verbatim)
        {
            if (tag.Length > name.Length + 1 && tag[1..].StartsWith(name, StringComparison.Ordinal) && !char.IsAsciiLetterOrDigit(tag[name.Length + 1]))
            {
                return name;
            }
        }

        return null;
    }

    private static bool Closes(ReadOnlySpan<char> tag, string name) =>
        tag.Length > name.Length + 2 && tag[1] == '/' && tag[2..].StartsWith(name, StringComparison.Ordinal) && !char.IsAsciiLetterOrDigit(tag[name.Length + 2]);
}
