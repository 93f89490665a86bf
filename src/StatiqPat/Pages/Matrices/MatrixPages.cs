using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;
using StatiqPat.Theme.Models.Typology;

namespace StatiqPat.Pages.Matrices;

/// <summary>Every matrix page, the pages behind their cells, and the indexes that lead to them.</summary>
public static class MatrixPages
{
    public const string MapsName = "carto";
    public const string TerritoriesName = "territoires";

    private static readonly Link Explore = new("Explorer", Urls.Explore);
    private static readonly Link MatricesCrumb = new("Matrices", Urls.Matrices);

    public static IReadOnlyList<GuideLink> Guides { get; } =
    [
        new("Cartes collectives par aire", Urls.Matrix(MapsName),
            "pour chaque département et chaque territoire qui en contient d'autres, qui s'engage sur quelle fonction, niveau par niveau"),
        new("Types × degrés", Urls.Matrix(TypeDegreeMatrix.Name), "combien de cas pour chaque type de coopération et chaque degré"),
        new("Niveaux × niveaux", Urls.Matrix(LevelPairMatrix.Name), "quels niveaux de gouvernance coopèrent entre eux, et jusqu'où"),
        new("Territoires × territoires", Urls.Matrix(TerritoriesName), "le plus fort degré de coopération entre deux territoires, sur toute la base"),
        new("Fonctions × niveaux", Urls.Matrix(FunctionLevelMatrix.Name), "quels niveaux portent quelles fonctions, dans les cas et les territoires"),
    ];

    public const string RealOnly = " Seuls les cas réels sont comptés : les projets fictifs imaginés en atelier n'ont pas eu lieu.";

    public static IEnumerable<SitePage> Generate(PageContext context)
    {
        // Matrices describe cooperation that happened; fictitious workshop projects stay on the value pages, marked.
        var index = RealCasesOnly(context.Index);
        var content = index.Content;

        yield return new SitePage(Urls.Matrices, context.Keys.For(Urls.Matrices).Value, () => new LinkListPageModel
        {
            Frame = context.Frame("Matrices de coopération", "Des tableaux croisés calculés à partir de toutes les fiches.", Urls.Matrices,
                Section.Explore, Explore),
            Title = "Matrices de coopération",
            Introduction = "Des tableaux croisés calculés à partir de toutes les fiches, chacun téléchargeable en CSV.",
            Links = Guides,
        });

        foreach (var page in CollectiveMapPages(context, index))
        {
            yield return page;
        }

        yield return Single(context, TypeDegreeMatrix.Name, "Types × degrés de coopération",
            "Chaque case compte les cas d'un type et d'un degré donnés ; un clic mène à leur liste." + RealOnly, () => TypeDegreeMatrix.Table(content));
        foreach (var (type, degree, cases) in TypeDegreeMatrix.Cells(content).Where(c => c.Cases.Count > 0))
        {
            var label = $"{type?.Label ?? "Type non renseigné"} × {degree?.Label ?? "degré non renseigné"}";
            foreach (var page in CellPages(context, Urls.MatrixCell(TypeDegreeMatrix.Name, TypeDegreeMatrix.CellSlug(type, degree)), label,
                "Type × degré", new Link("Types × degrés", Urls.Matrix(TypeDegreeMatrix.Name)), cases))
            {
                yield return page;
            }
        }

        yield return Single(context, LevelPairMatrix.Name, "Niveaux × niveaux de gouvernance",
            "Quels niveaux se retrouvent dans les mêmes cas, d'après les acteurs de chaque cas, et le plus fort degré de coopération atteint." + RealOnly,
            () => LevelPairMatrix.Table(content));
        foreach (var (a, b, cases) in LevelPairMatrix.Pairs(content).Where(p => p.Cases.Count > 0))
        {
            foreach (var page in CellPages(context, Urls.MatrixCell(LevelPairMatrix.Name, LevelPairMatrix.CellSlug(a, b)), $"{a.Label} × {b.Label}",
                "Niveaux × niveaux", new Link("Niveaux × niveaux", Urls.Matrix(LevelPairMatrix.Name)), cases))
            {
                yield return page;
            }
        }

        var national = Urls.Matrix(TerritoriesName);
        yield return Single(context, TerritoriesName, "Territoires × territoires",
            "Pour chaque paire de territoires réunis dans au moins un cas, le plus fort degré de coopération. "
            + "Les cartes par aire donnent la même lecture territoire par territoire." + RealOnly,
            () => TerritoryPairMatrix.Table("Plus fort degré de coopération entre territoires, toute la base",
                TerritoryPairMatrix.Cooperating(index), index, Urls.MatrixCsv(national)));

        yield return Single(context, FunctionLevelMatrix.Name, "Fonctions × niveaux de gouvernance",
            "Combien de cas réunissent un acteur d'un niveau et une fonction, et combien de territoires de ce niveau s'engagent sur la fonction." + RealOnly,
            () => FunctionLevelMatrix.Table(content));
    }

    public static Indexing.SiteIndex RealCasesOnly(Indexing.SiteIndex index) =>
        new(index.Content with { Cases = index.Content.Cases.Where(c => !c.IsFictitious).ToList() });

    private static IEnumerable<SitePage> CollectiveMapPages(PageContext context, Indexing.SiteIndex index)
    {
        var areas = MapAreas.Of(index);
        var mapsUrl = Urls.Matrix(MapsName);
        var keys = context.Keys;
        yield return new SitePage(mapsUrl, keys.For(mapsUrl).Add(keys.AllTerritories).Value, () => new LinkListPageModel
        {
            Frame = context.Frame("Cartes collectives par aire", "La carte collective inter-PAT de chaque aire.", mapsUrl, Section.Explore,
                Explore, MatricesCrumb),
            Title = "Cartes collectives par aire",
            Introduction = "Pour chaque département et chaque territoire qui en contient d'autres : les structures par niveau de gouvernance, "
                + "leur engagement sur les six fonctions, et la lecture qu'en propose l'outil n° 3.",
            Links = areas
                .Select(a => new GuideLink(a.Name, Urls.MatrixCell(MapsName, a.Slug), French.Count(a.Members.Count, "structure", "structures")))
                .ToList(),
        });

        foreach (var area in areas)
        {
            var url = Urls.MatrixCell(MapsName, area.Slug);
            // A map shows its area's territories and the cooperation between them, read from the cases naming them.
            var key = keys.For(url).Add(keys.AllTerritories).Add(area.Name)
                .AddAll(area.Members.SelectMany(m => index.CasesOfTerritory(m.Slug)).DistinctBy(c => c.Slug).Select(c => c.FrontMatterVersion))
                .Value;
            yield return new SitePage(url, key, () => MapModel(context, index, area, url, mapsUrl));
        }
    }

    private static MatrixPageModel MapModel(PageContext context, Indexing.SiteIndex index, MapArea area, string url, string mapsUrl)
    {
        var grid = CollectiveMaps.Grid(area, context.Vocabulary, index);
        return new MatrixPageModel
        {
            Frame = context.Frame($"Carte collective : {area.Name}", $"Qui s'engage sur quelle fonction dans l'aire {area.Name}.", url, Section.Explore,
                Explore, MatricesCrumb, new Link("Cartes collectives", mapsUrl)),
            Title = $"Carte collective : {area.Name}",
            Introduction = "Chaque case donne, pour un niveau de gouvernance et une fonction, les structures de l'aire et leur engagement "
                + "(aucun, léger, moyen, fort). « Non renseigné » veut dire que les sources ne le disent pas, ce qui n'est pas la même chose "
                + "qu'« aucun ». Sous une structure, « observé dans … cas » (en italique, trait pointillé) donne les cas réels où elle est "
                + "actrice et qui touchent cette fonction : ce que montrent les cas, pas un engagement déclaré." + RealOnly,
            Tables =
            [
                CollectiveMaps.Table(area, grid, context.Vocabulary, url.TrimEnd('/') + "-carte.csv"),
                MatrixShading.Apply(TerritoryPairMatrix.Table($"Plus fort degré de coopération entre les territoires de {area.Name}", area.Members,
                    index, url.TrimEnd('/') + "-territoires.csv")),
            ],
            Reading = CollectiveMaps.Reading(CollectiveMapReader.Read(grid)),
        };
    }

    private static SitePage Single(PageContext context, string name, string title, string introduction, Func<MatrixTable> table)
    {
        var url = Urls.Matrix(name);
        return new SitePage(url, context.Keys.OfWholeBase(url), () => new MatrixPageModel
        {
            Frame = context.Frame(title, introduction, url, Section.Explore, Explore, MatricesCrumb),
            Title = title,
            Introduction = introduction,
            Tables = [MatrixShading.Apply(table())],
        });
    }

    private static IEnumerable<SitePage> CellPages(PageContext context, string url, string label, string kind, Link matrix, IEnumerable<CaseSheet> cases)
    {
        var sheets = CaseCards.InStrengthOrder(cases, context.Index);
        return Pagination.Split(url, sheets)
            .Select(slice => new SitePage(slice.Url, Pagination.Key(context.Keys, slice, sheets.Count), () => new DimensionValuePageModel
            {
                Frame = context.Frame(Pagination.TitleOf(label, slice.Number, slice.Total), $"{kind} : {label}.", slice.Url, Section.Explore,
                    Explore, MatricesCrumb, matrix),
                Label = label,
                Kind = kind,
                Index = matrix,
                Description = "",
                Cases = CaseCards.All(slice.Items, context),
                CaseTotal = sheets.Count,
                Pager = slice.Pager,
                CountsTerritories = false,
                Territories = [],
            }));
    }
}
