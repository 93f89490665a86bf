using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Territories;
using StatiqPat.Theme.Models.Tools;

namespace StatiqPat.Theme.Models.Site;

/// <summary>The front page: what the site is and the ways into it.</summary>
public sealed record HomePageModel : PageModel
{
    public required string Introduction { get; init; }
    public required int CaseCount { get; init; }
    public required int ToolCount { get; init; }
    public required int TerritoryCount { get; init; }
    public required IReadOnlyList<CaseCard> LatestCases { get; init; }
    public required IReadOnlyList<ToolCard> Tools { get; init; }
    public required IReadOnlyList<GuideLink> Guides { get; init; }
    public required IReadOnlyList<GuideLink> Typologies { get; init; }
    public required IReadOnlyList<GuideLink> Matrices { get; init; }
    public required DepartmentMapModel Map { get; init; }
}
