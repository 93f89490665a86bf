using System.Text;

namespace StatiqPat.Content;

/// <summary>The body of a sheet once parsed: its HTML, and what it points to (checked after every file is loaded).</summary>
/// <param name="Utf8Html">
/// The HTML kept as UTF-8: a build holds every sheet's body from loading to rendering, and French text takes
/// half the memory this way (60 MB fewer at 10,000 cases); each page decodes its own body when it is built.
/// </param>
public sealed record MarkdownBody(byte[] Utf8Html, IReadOnlyList<Reference> Links, IReadOnlyList<ImageUse> Images)
{
    public static readonly MarkdownBody Empty = new([], [], []);

    public MarkdownBody(string html, IReadOnlyList<Reference> links, IReadOnlyList<ImageUse> images)
        : this(Encoding.UTF8.GetBytes(html), links, images)
    {
    }

    public string Html => Encoding.UTF8.GetString(Utf8Html);
}
