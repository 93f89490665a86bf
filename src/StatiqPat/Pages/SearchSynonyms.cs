using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Search;

namespace StatiqPat.Pages;

/// <summary>
/// What the search expands a query with: the groups of <c>thesaurus.yml</c>, and for every département its name
/// and the sigle of its council (« CD13 », as the sources write it), built from the geography so none is forgotten.
/// </summary>
public static class SearchSynonyms
{
    public static IReadOnlyList<SynonymSet> Of(SiteContent content) =>
    [
        .. content.Thesaurus.Groups.Select(group => new SynonymSet(group.Words, IndexOf(group))),
        .. content.Vocabulary.Departements.Terms
            .Where(d => d.Description.Length > 0)
            .Select(d => new SynonymSet([d.Label, "CD" + d.Description], new Link(d.Label, Urls.DimensionValue(Dimensions.Departements.Key, d.Slug)))),
    ];

    private static Link? IndexOf(SynonymGroup group) =>
        new (Dimension Dimension, Term? Term)[]
        {
            (Dimensions.Levels, group.Level), (Dimensions.Themes, group.Theme), (Dimensions.Functions, group.Function),
            (Dimensions.Objects, group.Object), (Dimensions.Spaces, group.Space),
        }
        .Where(pair => pair.Term is not null)
        .Select(pair => new Link(pair.Term!.Label, Urls.DimensionValue(pair.Dimension.Key, pair.Term.Slug)))
        .FirstOrDefault();
}
