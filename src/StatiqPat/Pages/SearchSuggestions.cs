using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models.Search;

namespace StatiqPat.Pages;

/// <summary>
/// What a search with no result may have meant: the titles of the sheets, the values of the typologies (each with
/// its index page) and the words of the thesaurus (each as a new search). Fetched by the search page only when a
/// query finds nothing, so it costs nothing to a search that works.
/// </summary>
public static class SearchSuggestions
{
    public static IReadOnlyList<SearchSuggestion> Of(SiteIndex index)
    {
        var content = index.Content;
        var sheets = content.Cases.Select(c => (Label: c.Title, Url: Urls.Case(c.Slug), Kind: "Cas"))
            .Concat(content.Tools.Select(t => (Label: t.Title, Url: Urls.Tool(t.Slug), Kind: "Outil")))
            .Concat(content.Territories.Select(t => (Label: t.Name, Url: Urls.Territory(t.Slug), Kind: "Territoire")))
            .Concat(content.Pages.Select(p => (Label: p.Title, Url: Urls.Of(ContentKind.Page, p.Slug), Kind: "Page")));
        var values = Dimensions.All.Where(d => d != Dimensions.Years)
            .SelectMany(d => d.Terms(index).Terms.Select(t => (Label: t.Label, Url: Urls.DimensionValue(d.Key, t.Slug), Kind: d.Singular)));
        var words = content.Thesaurus.Groups.SelectMany(g => g.Words)
            .Select(w => (Label: w, Url: Urls.Search + "?q=" + Uri.EscapeDataString(w), Kind: "Recherche"));
        return sheets.Concat(values).Concat(words)
            .DistinctBy(s => s.Url)
            .Select(s => new SearchSuggestion(s.Label, s.Url, s.Kind, Folding.Fold(s.Label)))
            .ToList();
    }
}
