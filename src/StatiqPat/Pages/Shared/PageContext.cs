using StatiqPat.Content;
using StatiqPat.Incremental;
using StatiqPat.Indexing;
using StatiqPat.Maps;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;

namespace StatiqPat.Pages.Shared;

/// <summary>What every page generator shares: the index, the assets, and how to frame a page and link a sheet.</summary>
/// <param name="map">The shared map file, or null when the build draws no map.</param>
public sealed class PageContext(SiteIndex index, AssetLinks assets, string? baseUrl, bool preview = false, MapGeometry? map = null)
{
    private readonly IReadOnlyList<Link> guides = InMenuOrder(index.Content)
        .Select(p => new Link(p.Title, Urls.Of(ContentKind.Page, p.Slug))).ToList();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<CaseSheet, CaseCard> cards = new(ReferenceEqualityComparer.Instance);

    public SiteIndex Index => index;

    public PageKeys Keys { get; } = new(index, assets, baseUrl, preview);

    public AssetLinks Assets => assets;

    public MapGeometry? Map => map;

    /// <summary>The permanent address of a page, when the build knows the site's public address.</summary>
    public string? Absolute(string url) => baseUrl is { Length: > 0 } ? baseUrl + url : null;

    public CaseCard CardOf(CaseSheet sheet) => cards.GetOrAdd(sheet, s => CaseCards.Create(s, this));

    public Vocabulary Vocabulary => index.Vocabulary;

    public PageFrame Frame(string title, string description, string url, Section section, params Link[] breadcrumbs) =>
        new(title, description, url, baseUrl is { Length: > 0 } ? baseUrl + url : null,
            index.Content.Settings.Title, index.Content.Settings.Licence, section, breadcrumbs, assets, guides, preview,
            index.Content.Settings.Repository.Length > 0 ? "/" + Urls.Admin + "/" : null);

    public Link TerritoryLink(Reference reference) =>
        index.Territory(reference.Slug) is { } territory
            ? new Link(territory.Name, Urls.Territory(territory.Slug))
            : new Link(reference.Slug);

    public Link ToolLink(Reference reference) =>
        index.Tool(reference.Slug) is { } tool
            ? new Link($"n° {tool.Number} · {tool.Title}", Urls.Tool(tool.Slug))
            : new Link(reference.Slug);

    public static IReadOnlyList<Link> Labels(Term? term) => term is null ? [] : [new Link(term.Label)];

    /// <summary>Values linked to their typology page, so a reader goes from a case to every case sharing a value.</summary>
    public static IReadOnlyList<Link> Links(Dimension dimension, IEnumerable<Term> terms) =>
        terms.Select(t => LinkTo(dimension, t)).ToList();

    public static IReadOnlyList<Link> Links(Dimension dimension, Term? term) =>
        term is null ? [] : [LinkTo(dimension, term)];

    /// <summary>A value of a typology, linked to the page of every case sharing it.</summary>
    public static Link LinkTo(Dimension dimension, Term term) => new(term.Label, Urls.DimensionValue(dimension.Key, term.Slug));

    /// <summary>Editorial pages in the order of the menus: their <c>ordre</c>, then alphabetically.</summary>
    public static IReadOnlyList<EditorialPage> InMenuOrder(SiteContent content) =>
        content.Pages.OrderBy(p => p.Order).ThenAlphabetically(p => p.Title).ToList();

    public static Link Crumb(ContentKind kind) => kind switch
    {
        ContentKind.Case => new Link("Cas inspirants", Urls.List(kind)),
        ContentKind.Tool => new Link("Boîte à expérimenter", Urls.List(kind)),
        _ => new Link("Territoires", Urls.List(kind)),
    };

    public static SheetFooter Footer(IReadOnlyList<Source> sources, DateOnly added, DateOnly? updated, string sourcePath) =>
        new(SourceItems(sources), French.Date(added), French.Date(updated), sourcePath);

    /// <summary>A registered document shows its citation, linked to its entry in the registry; another reference shows as written.</summary>
    public static IReadOnlyList<SourceItem> SourceItems(IReadOnlyList<Source> sources) =>
        sources.Select(s => s.Registered is { } document
            ? new SourceItem(document.Label, Urls.Source(document.Slug), s.Note)
            : new SourceItem(s.Reference, IsWebAddress(s.Reference) ? s.Reference : null, s.Note)).ToList();

    private static bool IsWebAddress(string text) =>
        text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal);
}
