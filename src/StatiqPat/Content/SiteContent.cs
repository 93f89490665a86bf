namespace StatiqPat.Content;

/// <summary>Everything read from <c>input/</c>, sorted by slug so every later step is deterministic.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    Vocabulary Vocabulary,
    IReadOnlyList<CaseSheet> Cases,
    IReadOnlyList<ToolSheet> Tools,
    IReadOnlyList<TerritoryProfile> Territories,
    IReadOnlyList<EditorialPage> Pages);
