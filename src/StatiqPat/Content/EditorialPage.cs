namespace StatiqPat.Content;

/// <summary>An editorial page (<c>input/pages/*.md</c>): explanations, glossary, about.</summary>
public sealed record EditorialPage
{
    public string Slug { get; init; } = "";
    public string SourcePath { get; init; } = "";
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
