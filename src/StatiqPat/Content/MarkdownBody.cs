namespace StatiqPat.Content;

/// <summary>The body of a sheet once parsed: its HTML, and what it points to (checked after every file is loaded).</summary>
public sealed record MarkdownBody(string Html, IReadOnlyList<Reference> Links, IReadOnlyList<ImageUse> Images)
{
    public static readonly MarkdownBody Empty = new("", [], []);
}
