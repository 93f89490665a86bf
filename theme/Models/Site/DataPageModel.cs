namespace StatiqPat.Theme.Models.Site;

/// <summary>The open-data page: every export, the schemas, and the licence.</summary>
public sealed record DataPageModel : PageModel
{
    public required string Licence { get; init; }
    public required IReadOnlyList<DataFileLink> Files { get; init; }
    public required IReadOnlyList<DataFileLink> Schemas { get; init; }
    public required string Package { get; init; }
}
