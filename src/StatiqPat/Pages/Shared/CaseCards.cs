using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Theme.Models.Cases;

namespace StatiqPat.Pages.Shared;

/// <summary>The short form of a case used in every list, so all lists show the same facets.</summary>
public static class CaseCards
{
    /// <summary>A case's card, made once per build: with 10,000 cases the typology pages alone show 300,000 cards.</summary>
    public static CaseCard From(CaseSheet sheet, PageContext context) => context.CardOf(sheet);

    internal static CaseCard Create(CaseSheet sheet, PageContext context) => new(
        sheet.Title,
        Urls.Case(sheet.Slug),
        sheet.Summary.Context,
        sheet.IsFictitious,
        sheet.CooperationType?.Label,
        sheet.Degree?.Label,
        sheet.Functions.Select(f => f.Label).ToList(),
        sheet.Territories.Select(t => context.TerritoryLink(t).Label).ToList());

    /// <summary>Cards sorted by title the French way (accents ignored), then slug for a stable order.</summary>
    public static IReadOnlyList<CaseCard> Sorted(IEnumerable<CaseSheet> sheets, PageContext context) =>
        All(InTitleOrder(sheets, context.Index), context);

    /// <summary>Strongest cooperation first (cases without a degree last), then by title: the order of a value page.</summary>
    public static IReadOnlyList<CaseSheet> InStrengthOrder(IEnumerable<CaseSheet> sheets, SiteIndex index) =>
        sheets.OrderBy(s => s.Degree?.Rank ?? int.MaxValue).ThenBy(index.TitleRank).ToList();

    public static IReadOnlyList<CaseSheet> InTitleOrder(IEnumerable<CaseSheet> sheets, SiteIndex index) =>
        sheets.OrderBy(index.TitleRank).ToList();

    public static IReadOnlyList<CaseCard> All(IEnumerable<CaseSheet> sheets, PageContext context) =>
        sheets.Select(s => From(s, context)).ToList();
}
