using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Theme.Models;

namespace StatiqPat.Incremental;

/// <summary>
/// What page keys are made of. Every key starts from <see cref="Global"/> (what every page frame shows) and the
/// page's URL, then adds the versions of the sheets the page shows. A key misses a dependency only by a bug, which
/// the property test comparing incremental and full builds is there to catch.
/// </summary>
public sealed class PageKeys
{
    private static readonly ulong Generator = new KeyBuilder()
        .Add(typeof(PageKeys).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(PageModel).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Value;

    private readonly SiteIndex index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CaseSheet, ulong> cards = new(ReferenceEqualityComparer.Instance);

    public PageKeys(SiteIndex index, AssetLinks assets, string? baseUrl, bool preview)
    {
        this.index = index;
        var content = index.Content;
        // The frame shows the settings, the stylesheets and the menu of editorial pages (their titles and order).
        Global = new KeyBuilder()
            .Add(Generator)
            .Add(content.ReferenceVersion)
            .Add(assets.ToString())
            .Add(baseUrl ?? "\0")
            .Add(preview ? 1 : 0)
            .AddAll(content.Pages.Select(p => new KeyBuilder().Add(p.Slug).Add(p.Title).Add(p.Order).Value))
            .Value;
        // Other pages than a sheet's own show only what its front matter says, never its body.
        AllTerritories = new KeyBuilder().Add(Global).AddAll(content.Territories.Select(t => t.FrontMatterVersion)).Value;
        Everything = new KeyBuilder()
            .Add(AllTerritories)
            .AddAll(content.Cases.Select(c => c.FrontMatterVersion))
            .AddAll(content.Tools.Select(t => t.FrontMatterVersion))
            .AddAll(content.Pages.Select(p => p.FrontMatterVersion))
            .Value;
    }

    /// <summary>What every page shows: generator, reference data, stylesheets, address, menus.</summary>
    public ulong Global { get; }

    /// <summary>Every territory: what a page drawn from the whole geography (collective maps) depends on.</summary>
    public ulong AllTerritories { get; }

    /// <summary>Every sheet: the key part of pages that sum up the whole base (home, indexes, matrices).</summary>
    public ulong Everything { get; }

    /// <summary>A key for the page at <paramref name="url"/>, to which the page adds what it shows.</summary>
    public KeyBuilder For(string url) => new KeyBuilder().Add(Global).Add(url);

    /// <summary>A page that changes whenever any sheet does.</summary>
    public ulong OfWholeBase(string url) => For(url).Add(Everything).Value;

    /// <summary>What a page shows of a territory it names (its name, level, place): its front matter.</summary>
    public ulong Territory(string slug) => index.Territory(slug)?.FrontMatterVersion ?? Missing(slug);

    public ulong Tool(string slug) => index.Tool(slug)?.FrontMatterVersion ?? Missing(slug);

    /// <summary>A case card shows the case's front matter and the names of its territories; made once per case, shown in many lists.</summary>
    public ulong Card(CaseSheet sheet) => cards.GetOrAdd(sheet, s =>
        new KeyBuilder().Add(s.FrontMatterVersion).AddAll(s.Territories.Select(t => Territory(t.Slug))).Value);

    public ulong Cards(IEnumerable<CaseSheet> sheets) => new KeyBuilder().AddAll(sheets.Select(Card)).Value;

    // A reference to a sheet that does not exist shows its slug; it changes when the sheet appears.
    private static ulong Missing(string slug) => new KeyBuilder().Add("absent").Add(slug).Value;
}
