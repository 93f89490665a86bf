using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Territories;

namespace StatiqPat.Theme.Models.Typology;

/// <summary>One value of a typology and the cases (and territories) that carry it.</summary>
public sealed record DimensionValuePageModel : PageModel
{
    public required string Label { get; init; }
    public required string Kind { get; init; }
    public required Link Index { get; init; }
    public required string Description { get; init; }
    public string? TermClass { get; init; }
    public required IReadOnlyList<CaseCard> Cases { get; init; }

    /// <summary>Cases on every page of the list, not only this one.</summary>
    public required int CaseTotal { get; init; }

    public Pager? Pager { get; init; }
    public required bool CountsTerritories { get; init; }
    public required IReadOnlyList<TerritoryCard> Territories { get; init; }
}
