namespace StatiqPat.Theme.Models.Territories;

/// <summary>Every territory, grouped by governance level from the largest.</summary>
public sealed record TerritoryListPageModel : PageModel
{
    public required IReadOnlyList<TerritoryGroup> Groups { get; init; }

    /// <summary>Where the real cases are, by département.</summary>
    public required DepartmentMapModel Map { get; init; }
}
