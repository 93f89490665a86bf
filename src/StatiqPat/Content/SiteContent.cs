namespace StatiqPat.Content;

/// <summary>Everything read from <c>input/</c>, sorted by slug so every later step is deterministic.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    Vocabulary Vocabulary,
    IReadOnlyList<CaseSheet> Cases,
    IReadOnlyList<ToolSheet> Tools,
    IReadOnlyList<TerritoryProfile> Territories,
    IReadOnlyList<EditorialPage> Pages)
{
    /// <summary>A hash of the reference data (site settings, vocabulary, geography): every page shows some of it.</summary>
    public ulong ReferenceVersion { get; init; }

    /// <summary>The ready-made workshop sequences (<c>ateliers.yml</c>, optional).</summary>
    public WorkshopSequences Workshops { get; init; } = WorkshopSequences.None;

    /// <summary>The source documents the sheets cite (<c>sources.yml</c>, optional).</summary>
    public SourceRegistry Sources { get; init; } = SourceRegistry.None;

    /// <summary>The synonyms and sigles search expands (<c>thesaurus.yml</c>, optional).</summary>
    public Thesaurus Thesaurus { get; init; } = Thesaurus.None;
}
