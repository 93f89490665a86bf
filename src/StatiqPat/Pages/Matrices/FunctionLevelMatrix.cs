using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// Functions × governance levels over the whole base: how many cases involve an actor of the level on the
/// function, and how many territories of the level say they invest it.
/// </summary>
public static class FunctionLevelMatrix
{
    public const string Name = "fonctions-niveaux";

    public static MatrixTable Table(SiteContent content)
    {
        var functions = content.Vocabulary.Functions.Terms;
        return new MatrixTable(
            "Par niveau de gouvernance (lignes) et par fonction (colonnes) : cas qui les réunissent et territoires qui s'y engagent",
            "Niveau \\ fonction",
            functions.Select(f => new Link(f.Label, Urls.DimensionValue(Dimensions.Functions.Key, f.Slug))).ToList(),
            content.Vocabulary.Levels.Terms.Select(level => new MatrixRow(
                new Link(level.Label, Urls.DimensionValue(Dimensions.Levels.Key, level.Slug)),
                functions.Select(function =>
                {
                    var cases = content.Cases.Count(c => c.Functions.Any(f => f.Slug == function.Slug) && c.Actors.Any(a => a.Level.Slug == level.Slug));
                    var territories = content.Territories.Count(t => t.Level.Slug == level.Slug
                        && t.Engagement.Any(e => e.Function.Slug == function.Slug && e.Level.Rank > 1));
                    var entries = new List<CellEntry>();
                    if (cases > 0)
                    {
                        entries.Add(new CellEntry(Degrees.Count(cases)));
                    }

                    if (territories > 0)
                    {
                        entries.Add(new CellEntry(French.Count(territories, "territoire engagé", "territoires engagés")));
                    }

                    return new MatrixCell(entries, "0") { Count = cases };
                }).ToList())).ToList(),
            Urls.MatrixCsv(Urls.Matrix(Name)));
    }
}
