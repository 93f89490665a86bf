using StatiqPat.Incremental;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Territories;
using StatiqPat.Theme.Models.Typology;

namespace StatiqPat.Pages.Typology;

/// <summary>For every typology, an index page with every value and its counts, and one page per value.</summary>
public static class TypologyPages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        Dimensions.All.SelectMany(dimension => Generate(dimension, context));

    public static IEnumerable<SitePage> Generate(Dimension dimension, PageContext context)
    {
        var index = context.Index;
        var terms = dimension.Terms(index);
        var cases = index.Content.Cases
            .SelectMany(c => dimension.OfCase(c, index).Distinct(StringComparer.Ordinal).Select(slug => (slug, c)))
            .ToLookup(p => p.slug, p => p.c, StringComparer.Ordinal);
        var territories = dimension.OfTerritory is not { } ofTerritory
            ? null
            : index.Content.Territories
                .SelectMany(t => ofTerritory(t).Distinct(StringComparer.Ordinal).Select(slug => (slug, t)))
                .ToLookup(p => p.slug, p => p.t, StringComparer.Ordinal);
        var indexUrl = Urls.Dimension(dimension.Key);

        var keys = context.Keys;
        var largest = terms.Terms.Select(t => cases[t.Slug].Count()).DefaultIfEmpty(0).Max();
        yield return new SitePage(indexUrl, keys.OfWholeBase(indexUrl), () => new DimensionIndexPageModel
        {
            Frame = context.Frame(dimension.Title, dimension.Introduction, indexUrl, Section.Explore, Explore),
            Title = dimension.Title,
            Introduction = dimension.Introduction,
            ValueHeader = dimension.Singular,
            CountsTerritories = territories is not null,
            Values = terms.Terms.Select(term => new TermCount(
                term.Label,
                Urls.DimensionValue(dimension.Key, term.Slug),
                term.Description,
                cases[term.Slug].Count(),
                territories?[term.Slug].Count(),
                VocabularyStylesheet.ClassOf(terms, term))
            {
                Bar = CountBar.Length(cases[term.Slug].Count(), largest),
            }).ToList(),
        });

        foreach (var term in terms.Terms)
        {
            var url = Urls.DimensionValue(dimension.Key, term.Slug);
            var description = term.Description.Length > 0 ? term.Description : $"{dimension.Singular} : {term.Label}.";
            var sheets = CaseCards.InStrengthOrder(cases[term.Slug], index);
            foreach (var slice in Pagination.Split(url, sheets))
            {
                // Territories are a short second list: they go on the first page only.
                var withTerritories = territories is not null && slice.Number == 1;
                var shown = !withTerritories ? 0 : new KeyBuilder()
                    .AddAll(territories![term.Slug].Select(t => new KeyBuilder().Add(t.FrontMatterVersion).Add(index.CasesOfTerritory(t.Slug).Count()).Value))
                    .Value;
                yield return new SitePage(slice.Url, Pagination.Key(keys, slice, sheets.Count, shown), () => new DimensionValuePageModel
                {
                    Frame = context.Frame(Pagination.TitleOf(term.Label, slice.Number, slice.Total), description, slice.Url, Section.Explore,
                        Explore, new Link(dimension.Title, indexUrl)),
                    Label = term.Label,
                    Kind = dimension.Singular,
                    Index = new Link(dimension.Title, indexUrl),
                    Description = term.Description,
                    TermClass = VocabularyStylesheet.ClassOf(terms, term),
                    Cases = CaseCards.All(slice.Items, context),
                    CaseTotal = sheets.Count,
                    Pager = slice.Pager,
                    CountsTerritories = withTerritories,
                    Territories = !withTerritories ? [] : territories![term.Slug]
                        .ByLevelThenName()
                        .Select(t => new TerritoryCard(t.Name, Urls.Territory(t.Slug), t.Departement?.Label ?? t.Region?.Label,
                            index.CasesOfTerritory(t.Slug).Count()))
                        .ToList(),
                });
            }
        }
    }

    /// <summary>The value page of a term, when the term belongs to a typology; used to link facets to it.</summary>
    private static readonly Link Explore = new("Explorer", Urls.Explore);
}
