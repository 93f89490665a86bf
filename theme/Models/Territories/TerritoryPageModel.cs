using StatiqPat.Theme.Models.Cases;

namespace StatiqPat.Theme.Models.Territories;

/// <summary>Everything a territory profile shows.</summary>
public sealed record TerritoryPageModel : PageModel
{
    public required string Name { get; init; }
    public required string Level { get; init; }
    public required IReadOnlyList<Facet> Facts { get; init; }

    /// <summary>Its département(s) on a small map of France; null when it names none or the build draws no map.</summary>
    public LocatorMapModel? Locator { get; init; }
    public required IReadOnlyList<Link> Parents { get; init; }
    public required IReadOnlyList<Link> Children { get; init; }
    public required IReadOnlyList<Link> Neighbours { get; init; }
    public required IReadOnlyList<EngagementRow> Engagement { get; init; }
    public required IReadOnlyList<Link> Roles { get; init; }
    public required IReadOnlyList<CaseCard> Cases { get; init; }
    public required string BodyHtml { get; init; }
    public required SheetFooter Footer { get; init; }

    /// <summary>Facet values recorded in the search index for this page.</summary>
    public IReadOnlyList<SearchFilter> SearchFilters { get; init; } = [];
}
