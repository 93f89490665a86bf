namespace StatiqPat.Content;

/// <summary>An editorial page (<c>input/pages/*.md</c>): explanations, glossary, about.</summary>
public sealed record EditorialPage
{
    public string Slug { get; init; } = "";
    public string SourcePath { get; init; } = "";

    /// <summary>A hash of the file's path and text: the key of the sheet's own page is made of it.</summary>
    public ulong Version { get; init; }

    /// <summary>A hash of the file's path and front matter: what other pages show of the sheet (never its body).</summary>
    public ulong FrontMatterVersion { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>Position in menus; pages without one come last, by title.</summary>
    public int Order { get; init; } = int.MaxValue;

    public IReadOnlyList<Source> Sources { get; init; } = [];
    public DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<FormerUrl> FormerUrls { get; init; } = [];
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;
}
