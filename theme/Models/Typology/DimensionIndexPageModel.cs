namespace StatiqPat.Theme.Models.Typology;

/// <summary>The index of one typology: every value, even those no case carries yet.</summary>
public sealed record DimensionIndexPageModel : PageModel
{
    public required string Title { get; init; }
    public required string Introduction { get; init; }
    public required string ValueHeader { get; init; }
    public required bool CountsTerritories { get; init; }
    public required IReadOnlyList<TermCount> Values { get; init; }
}
