using StatiqPat.Indexing;
using StatiqPat.Pages.Matrices;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Site;

namespace StatiqPat.Pages;

/// <summary>The hub that leads to every typology and every matrix.</summary>
public static class ExplorePages
{
    public static IReadOnlyList<GuideLink> Typologies { get; } =
        Dimensions.All.Select(d => new GuideLink(d.Title, Urls.Dimension(d.Key), d.Introduction)).ToList();

    public static SitePage Generate(PageContext context) => new(Urls.Explore, context.Keys.For(Urls.Explore).Value, () => new ExplorePageModel
    {
        Frame = context.Frame("Explorer la base", "Les typologies et les matrices de coopération, calculées à partir de toutes les fiches.",
            Urls.Explore, Section.Explore),
        Typologies = Typologies,
        Matrices = MatrixPages.Guides,
    });
}
