using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// Which governance levels cooperate with which, from the actors of each case: a case with a commune and a
/// département counts for that pair; two communes in one case count for commune × commune.
/// </summary>
public static class LevelPairMatrix
{
    public const string Name = "niveaux";

    public static IReadOnlyList<(Term A, Term B, IReadOnlyList<CaseSheet> Cases)> Pairs(SiteContent content)
    {
        var levels = content.Vocabulary.Levels.Terms;
        return levels.SelectMany((a, i) => levels.Skip(i).Select(b => (a, b,
                (IReadOnlyList<CaseSheet>)content.Cases.Where(c => Involves(c, a, b)).ToList())))
            .ToList();
    }

    public static string CellSlug(Term a, Term b) => a.Rank <= b.Rank ? $"{a.Slug}--{b.Slug}" : $"{b.Slug}--{a.Slug}";

    public static MatrixTable Table(SiteContent content)
    {
        var pairs = Pairs(content).ToDictionary(p => CellSlug(p.A, p.B), p => p.Cases, StringComparer.Ordinal);
        var levels = content.Vocabulary.Levels.Terms;
        return new MatrixTable(
            "Nombre de cas réunissant deux niveaux de gouvernance, et le plus fort degré de coopération entre eux",
            "Niveau",
            levels.Select(Header).ToList(),
            levels.Select(a => new MatrixRow(Header(a), levels.Select(b =>
            {
                var cases = pairs[CellSlug(a, b)];
                if (cases.Count == 0)
                {
                    return new MatrixCell([], "0");
                }

                var strongest = Degrees.Strongest(cases);
                return new MatrixCell(
                [
                    new CellEntry(Degrees.Count(cases.Count), Urls.MatrixCell(Name, CellSlug(a, b))),
                    new CellEntry(strongest is null ? "degré non renseigné" : $"au plus : {strongest.Label}"),
                ], "0")
                { Count = cases.Count };
            }).ToList())).ToList(),
            Urls.MatrixCsv(Urls.Matrix(Name)));
    }

    private static bool Involves(CaseSheet sheet, Term a, Term b)
    {
        var levels = sheet.Actors.Select(x => x.Level.Slug).ToList();
        return a.Slug == b.Slug ? levels.Count(l => l == a.Slug) >= 2 : levels.Contains(a.Slug) && levels.Contains(b.Slug);
    }

    private static Link Header(Term level) => new(level.Label, Urls.DimensionValue(Dimensions.Levels.Key, level.Slug));
}
