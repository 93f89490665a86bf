namespace StatiqPat.Content;

/// <summary>
/// One document the site's facts come from, as <c>input/sources.yml</c> records it: how to cite it, who made it,
/// when, what kind of document it is, what it covers and the addresses it gives. Sheets cite it by its slug.
/// </summary>
public sealed record SourceDocument
{
    public string Slug { get; init; } = "";

    /// <summary>The reference a reader can cite, shown wherever a sheet cites the document.</summary>
    public string Citation { get; init; } = "";

    /// <summary>Its title as published, when the document gives one.</summary>
    public string? Title { get; init; }
    public IReadOnlyList<string> Producers { get; init; } = [];
    public string? Date { get; init; }
    public string? Kind { get; init; }
    public string Covers { get; init; } = "";
    public IReadOnlyList<SourceLink> Links { get; init; } = [];

    /// <summary>The file of <c>seeds/</c> it was read from: in the open data for the editors, never on a page.</summary>
    public string? SeedFile { get; init; }
}
