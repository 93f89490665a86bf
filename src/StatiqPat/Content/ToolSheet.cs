namespace StatiqPat.Content;

/// <summary>A tool of the "boîte à expérimenter" (<c>input/outils/*.md</c>).</summary>
public sealed record ToolSheet
{
    public string Slug { get; init; } = "";
    public string SourcePath { get; init; } = "";

    /// <summary>A hash of the file's path and text: the key of the sheet's own page is made of it.</summary>
    public ulong Version { get; init; }

    /// <summary>A hash of the file's path and front matter: what other pages show of the sheet (never its body).</summary>
    public ulong FrontMatterVersion { get; init; }
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Objectives { get; init; } = [];
    public Term? Format { get; init; }
    public int? Minutes { get; init; }
    public string? GroupSize { get; init; }
    public IReadOnlyList<string> Materials { get; init; } = [];
    public IReadOnlyList<WorkshopStep> Steps { get; init; } = [];
    public FollowUp? FollowUp { get; init; }
    public string? Download { get; init; }
    public IReadOnlyList<Reference> RelatedTools { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<FormerUrl> FormerUrls { get; init; } = [];
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;
}
