using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>Cooperation types × degrees over every case; each non-empty cell links to the list of its cases.</summary>
public static class TypeDegreeMatrix
{
    public const string Name = "types-degres";
    public const string NotProvided = "non-renseigne";

    public static IReadOnlyList<(Term? Type, Term? Degree, IReadOnlyList<CaseSheet> Cases)> Cells(SiteContent content)
    {
        var types = content.Vocabulary.CooperationTypes.Terms.Cast<Term?>().Append(null).ToList();
        var degrees = content.Vocabulary.Degrees.Terms.Cast<Term?>().Append(null).ToList();
        return types.SelectMany(type => degrees.Select(degree => (type, degree,
            (IReadOnlyList<CaseSheet>)content.Cases.Where(c => c.CooperationType?.Slug == type?.Slug && c.Degree?.Slug == degree?.Slug).ToList())))
            .ToList();
    }

    public static string CellSlug(Term? type, Term? degree) => $"{type?.Slug ?? NotProvided}--{degree?.Slug ?? NotProvided}";

    public static MatrixTable Table(SiteContent content)
    {
        var cells = Cells(content);
        var degrees = content.Vocabulary.Degrees.Terms.Cast<Term?>().Append(null).ToList();
        var rows = cells.GroupBy(c => c.Type?.Slug).Select(group => new MatrixRow(
            group.First().Type is { } type ? new Link(type.Label, Urls.DimensionValue(Dimensions.Types.Key, type.Slug)) : new Link("Type non renseigné"),
            group.Select(c => new MatrixCell(
                c.Cases.Count == 0 ? [] : [new CellEntry(Degrees.Count(c.Cases.Count), Urls.MatrixCell(Name, CellSlug(c.Type, c.Degree)))],
                "0")
            { Count = c.Cases.Count }).ToList())).ToList();
        return new MatrixTable(
            "Nombre de cas par type de coopération (lignes) et par degré de coopération (colonnes)",
            "Type \\ degré",
            degrees
                .Select(d => d is null ? new Link("Degré non renseigné") : new Link(d.Label, Urls.DimensionValue(Dimensions.Degrees.Key, d.Slug)))
                .ToList(),
            rows,
            Urls.MatrixCsv(Urls.Matrix(Name)));
    }
}
