namespace StatiqPat.Content;

/// <summary>A collectivity or structure taking part in cases (<c>input/territoires/*.md</c>).</summary>
public sealed record TerritoryProfile
{
    public string Slug { get; init; } = "";
    public string SourcePath { get; init; } = "";

    /// <summary>A hash of the file's path and text: the key of the sheet's own page is made of it.</summary>
    public ulong Version { get; init; }

    /// <summary>A hash of the file's path and front matter: what other pages show of the sheet (never its body).</summary>
    public ulong FrontMatterVersion { get; init; }
    public string Name { get; init; } = "";
    public Term Level { get; init; } = Term.Empty;
    public IReadOnlyList<Reference> Parents { get; init; } = [];
    public IReadOnlyList<Reference> Neighbours { get; init; } = [];
    public Term? Departement { get; init; }
    public Term? Region { get; init; }
    public PatStatus? Pat { get; init; }
    public IReadOnlyList<FunctionEngagement> Engagement { get; init; } = [];
    public IReadOnlyList<Term> Roles { get; init; } = [];
    public Coordinates? Coordinates { get; init; }
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<FormerUrl> FormerUrls { get; init; } = [];
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;
}
