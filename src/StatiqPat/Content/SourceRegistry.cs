namespace StatiqPat.Content;

/// <summary>The contents of <c>input/sources.yml</c> (optional): every source document the sheets may cite.</summary>
public sealed record SourceRegistry
{
    public static readonly SourceRegistry None = new();

    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    /// <summary>The registry as a vocabulary list: what <c>source:</c> accepts, and what forms and schemas offer.</summary>
    public TermList AsTerms() => new("sources", "Registre des sources")
    {
        Terms = Sources.Select((s, i) => new Term(s.Slug, s.Citation, s.Covers, null, i + 1, null)).ToList(),
    };
}
