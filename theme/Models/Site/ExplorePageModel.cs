namespace StatiqPat.Theme.Models.Site;

/// <summary>The hub of generated pages: every typology index and every matrix.</summary>
public sealed record ExplorePageModel : PageModel
{
    public required IReadOnlyList<GuideLink> Typologies { get; init; }
    public required IReadOnlyList<GuideLink> Matrices { get; init; }
}
