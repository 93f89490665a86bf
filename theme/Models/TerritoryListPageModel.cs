namespace StatiqPat.Theme.Models;

/// <summary>Every territory, grouped by governance level from the largest.</summary>
public sealed record TerritoryListPageModel : PageModel
{
    public required IReadOnlyList<TerritoryGroup> Groups { get; init; }
}
