using StatiqPat.Content;

namespace StatiqPat.Routing;

/// <summary>Every former address a sheet claims (<c>anciennes_adresses</c>), with the address it now lives at.</summary>
public static class FormerAddresses
{
    public static IReadOnlyList<(string From, string To, string Title)> All(SiteContent content) =>
        content.Cases.SelectMany(c => c.FormerUrls.Select(f => (f.Path, Urls.Case(c.Slug), c.Title)))
            .Concat(content.Tools.SelectMany(t => t.FormerUrls.Select(f => (f.Path, Urls.Tool(t.Slug), t.Title))))
            .Concat(content.Territories.SelectMany(t => t.FormerUrls.Select(f => (f.Path, Urls.Territory(t.Slug), t.Name))))
            .Concat(content.Pages.SelectMany(p => p.FormerUrls.Select(f => (f.Path, Urls.Of(ContentKind.Page, p.Slug), p.Title))))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
}
