using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Maps;
using StatiqPat.Pages.Maps;
using StatiqPat.Pages.Shared;
using StatiqPat.Theme.Models;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests.Maps;

/// <summary>The map of cases by département and the locator map, as models computed from a hand-made index.</summary>
public sealed class TerritoryMapModelTests
{
    private static readonly Term RegionLevel = T("region", "Région", 1, parent: "region");
    private static readonly Term GrandEst = T("grand-est", "Grand Est", 1);
    private static readonly Term Occitanie = T("occitanie", "Occitanie", 2);
    private static readonly Term GuadeloupeRegion = T("guadeloupe", "Guadeloupe", 3);
    private static readonly Term Meuse = new("meuse", "Meuse", "55", null, 1, "grand-est");
    private static readonly Term VosgesCode = new("vosges", "Vosges", "88", null, 2, "grand-est");
    private static readonly Term Herault = new("herault", "Hérault", "34", null, 3, "occitanie");
    private static readonly Term Guadeloupe = new("guadeloupe", "Guadeloupe", "971", null, 4, "guadeloupe");

    // Hérault has no outline in this file: it is listed beside the map but not drawn.
    private static readonly MapGeometry Geometry = new("/assets/carte.svg", "-10 0 20 10", new HashSet<string> { "55", "88", "971" });

    private static readonly TerritoryProfile[] Territories =
    [
        Territory("vosges", Departement, departement: VosgesCode) with { Region = GrandEst },
        Territory("epinal", Commune, departement: VosgesCode) with { Region = GrandEst },
        Territory("montpellier", Commune, departement: Herault) with { Region = Occitanie },
        Territory("pointe-a-pitre", Commune, departement: Guadeloupe) with { Region = GuadeloupeRegion },
        Territory("grand-est", RegionLevel) with { Region = GrandEst },
        Territory("sans-lieu", Commune),
    ];

    private static readonly CaseSheet[] Cases =
    [
        Case("a", territories: ["epinal"]),
        Case("b", territories: ["vosges", "epinal"]),
        Case("c", actors: [(Commune, "montpellier")]),
        Case("d", status: Fictitious, territories: ["montpellier", "epinal"]),
        Case("e", territories: ["pointe-a-pitre"]),
        Case("f", territories: ["grand-est"]),
    ];

    [Fact]
    public void Each_departement_counts_its_real_cases_once_and_is_shaded_on_the_scale_of_the_largest()
    {
        var map = TerritoryMaps.Overview(Context(Geometry));

        Assert.Equal(
            [("d-88", "Vosges", 2, 4), ("", "Hérault", 1, 2), ("d-971", "Guadeloupe", 1, 2)],
            map.Areas.Select(a => (a.ShapeId, a.Name, a.Count, a.Shade)));
        Assert.Equal([(2, "1 cas"), (4, "2 cas")], map.Legend.Select(s => (s.Step, s.Label)));
        Assert.Equal(1, map.FictitiousLeftOut);
        Assert.Equal("Vosges : 2 cas", map.Areas[0].Title);
        Assert.Equal(("/assets/carte.svg", "-10 0 20 10"), (map.ShapesUrl, map.ViewBox));
    }

    [Fact]
    public void A_departement_links_to_its_own_profile_or_else_to_the_page_of_its_cases()
    {
        var map = TerritoryMaps.Overview(Context(Geometry));

        Assert.Equal(["/territoires/vosges/", "/departements/herault/", "/departements/guadeloupe/"], map.Areas.Select(a => a.Url));
    }

    [Fact]
    public void The_list_beside_the_map_gives_each_region_its_cases_and_its_departements()
    {
        var map = TerritoryMaps.Overview(Context(Geometry));

        // Grand Est counts the case naming the région itself, which no département shows.
        Assert.Equal(
            [("Grand Est", "/territoires/grand-est/", 3, "Vosges"), ("Guadeloupe", "/regions/guadeloupe/", 1, "Guadeloupe"), ("Occitanie", "/regions/occitanie/", 1, "Hérault")],
            map.Regions.Select(r => (r.Name, r.Url, r.Count, string.Join(", ", r.Departements.Select(d => d.Name))))
                .OrderBy(r => r.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Without_outlines_the_map_keeps_its_list_and_draws_nothing()
    {
        var map = TerritoryMaps.Overview(Context(null));

        Assert.Equal("", map.ShapesUrl);
        Assert.All(map.Areas, a => Assert.Equal("", a.ShapeId));
        Assert.Equal(3, map.Regions.Count);
    }

    [Fact]
    public void A_locator_map_picks_out_the_territorys_departement_or_else_every_departement_of_its_region()
    {
        var context = Context(Geometry);
        TerritoryProfile Profile(string slug) => Territories.Single(t => t.Slug == slug);

        var epinal = TerritoryMaps.Locator(Profile("epinal"), context)!;
        Assert.Equal(["d-88"], epinal.ShapeIds);
        Assert.Equal("Carte de localisation : département Vosges mis en évidence", epinal.Label);

        var region = TerritoryMaps.Locator(Profile("grand-est"), context)!;
        Assert.Equal(["d-55", "d-88"], region.ShapeIds);
        Assert.Equal("Carte de localisation : région Grand Est mise en évidence", region.Label);

        Assert.Null(TerritoryMaps.Locator(Profile("sans-lieu"), context));
        Assert.Null(TerritoryMaps.Locator(Profile("montpellier"), context));
        Assert.Null(TerritoryMaps.Locator(Profile("epinal"), Context(null)));
    }

    private static PageContext Context(MapGeometry? map)
    {
        var vocabulary = Support.Sheets.Vocabulary with
        {
            Levels = new TermList("niveaux", "Niveaux") { Terms = [RegionLevel, Departement, Epci, Commune] },
            Regions = new TermList("regions", "Régions") { Terms = [GrandEst, Occitanie, GuadeloupeRegion] },
            Departements = new TermList("departements", "Départements") { Terms = [Meuse, VosgesCode, Herault, Guadeloupe] },
        };
        var settings = new SiteSettings { Title = "Site", Description = "Description", Licence = "CC" };
        var index = new SiteIndex(new SiteContent(settings, vocabulary, Cases, [], Territories, []));
        return new PageContext(index, new AssetLinks("/a.css", "/b.css", "/i.svg", "", map?.Url ?? ""), null, map: map);
    }
}
