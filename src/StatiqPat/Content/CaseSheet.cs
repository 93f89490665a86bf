namespace StatiqPat.Content;

/// <summary>An inspiring cooperation case (<c>input/cas/*.md</c>).</summary>
public sealed record CaseSheet
{
    public string Slug { get; init; } = "";
    public string SourcePath { get; init; } = "";

    /// <summary>A hash of the file's path and text: the key of the sheet's own page is made of it.</summary>
    public ulong Version { get; init; }

    /// <summary>A hash of the file's path and front matter: what other pages show of the sheet (never its body).</summary>
    public ulong FrontMatterVersion { get; init; }
    public string Title { get; init; } = "";
    public CaseSummary Summary { get; init; } = new();
    public Term Status { get; init; } = Term.Empty;
    public IReadOnlyList<Reference> Territories { get; init; } = [];
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public Term? CooperationType { get; init; }
    public Term? Degree { get; init; }
    public Term? Formality { get; init; }
    public IReadOnlyList<Term> Functions { get; init; } = [];
    public IReadOnlyList<Term> Spaces { get; init; } = [];
    public IReadOnlyList<Term> Objects { get; init; } = [];
    public IReadOnlyList<Term> Themes { get; init; } = [];
    public IReadOnlyList<Term> Factors { get; init; } = [];
    public Period? Period { get; init; }
    public IReadOnlyList<Reference> Tools { get; init; } = [];
    public IReadOnlyList<Testimony> Testimonies { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public Illustration? Image { get; init; }
    public DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<FormerUrl> FormerUrls { get; init; } = [];
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;

    public bool IsFictitious => Status.Slug == "fictif";
}
