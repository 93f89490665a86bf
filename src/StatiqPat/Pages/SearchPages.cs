using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Search;

namespace StatiqPat.Pages;

/// <summary>The search page: its form, the thesaurus its script expands queries with, and the indexes offered when nothing is found.</summary>
public static class SearchPages
{
    /// <summary>Typologies worth browsing when words fail: the ones an officer sorts cases by.</summary>
    private static readonly IReadOnlyList<Dimension> Browsed =
        [Dimensions.Types, Dimensions.Degrees, Dimensions.Functions, Dimensions.Levels, Dimensions.Themes, Dimensions.Regions];

    // The thesaurus and the geography are reference data, whose version every key already holds.
    public static SitePage Generate(PageContext context, string script) =>
        new(Urls.Search, context.Keys.For(Urls.Search).Value, () => new SearchPageModel
        {
            Frame = context.Frame("Rechercher", "Rechercher dans les cas, les outils, les territoires et les pages du site.", Urls.Search, Section.None),
            Script = script,
            Synonyms = SearchSynonyms.Of(context.Index.Content),
            Indexes = [.. Browsed.Select(d => new Link(d.Title, Urls.Dimension(d.Key))), new Link("Toutes les façons d'explorer", Urls.Explore)],
            SuggestionsUrl = Urls.SearchSuggestions,
            RulesUrl = Urls.SearchRules,
        });
}
