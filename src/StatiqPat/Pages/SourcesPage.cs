using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Sources;

namespace StatiqPat.Pages;

/// <summary><c>/sources/</c>: every document of the registry, and every sheet citing it.</summary>
public static class SourcesPage
{
    // The registry is reference data (in every key); the sheets citing it are front matter, the sequences their own file.
    public static SitePage Generate(PageContext context) => new(Urls.Sources,
        context.Keys.For(Urls.Sources).Add(context.Keys.Everything).Add(context.Index.Content.Workshops.Version).Value,
        () => Model(context));

    public static SourcesPageModel Model(PageContext context)
    {
        var citing = Citations(context.Index.Content).ToLookup(c => c.Source, c => c.Sheet, StringComparer.Ordinal);
        return new SourcesPageModel
        {
            Frame = context.Frame("Sources", "Les documents d'où viennent les faits du site, et les fiches qui citent chacun.", Urls.Sources, Section.None),
            Sources = context.Index.Content.Sources.Sources.Select(s => new SourceEntry(s.Slug, s.Citation,
            [
                new Facet("Titre", Text(s.Title)),
                new Facet("Produit par", s.Producers.Select(p => new Link(p)).ToList()),
                new Facet("Date", Text(s.Date)),
                new Facet("Nature", Text(s.Kind)),
            ], s.Covers, s.Links.Select(l => new Link(l.Label, l.Url)).ToList(),
                citing[s.Slug].DistinctBy(l => l.Url).OrderBy(l => l.Url, StringComparer.Ordinal).ToList())).ToList(),
        };
    }

    /// <summary>Every (document, sheet) pair where a sheet cites a registered document.</summary>
    private static IEnumerable<(string Source, Link Sheet)> Citations(SiteContent content) =>
        content.Cases.SelectMany(c => Of(c.Sources, c.Title, Urls.Case(c.Slug)))
            .Concat(content.Tools.SelectMany(t => Of(t.Sources, $"Outil n° {t.Number} · {t.Title}", Urls.Tool(t.Slug))))
            .Concat(content.Territories.SelectMany(t => Of(t.Sources, t.Name, Urls.Territory(t.Slug))))
            .Concat(content.Pages.SelectMany(p => Of(p.Sources, p.Title, Urls.Of(ContentKind.Page, p.Slug))))
            .Concat(content.Workshops.Sequences.SelectMany(s => Of(s.Sources, s.Title, Urls.Sequence(s.Slug))));

    private static IEnumerable<(string, Link)> Of(IReadOnlyList<Source> sources, string title, string url) =>
        sources.Select(s => s.Registered?.Slug).OfType<string>().Select(slug => (slug, new Link(title, url)));

    private static IReadOnlyList<Link> Text(string? text) => text is null ? [] : [new Link(text)];
}
