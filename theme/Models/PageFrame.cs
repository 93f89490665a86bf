namespace StatiqPat.Theme.Models;

/// <summary>What the layout around every page needs: titles, address, navigation, assets.</summary>
/// <param name="NoIndex">True on deploy previews, which must stay out of search engines.</param>
/// <param name="Guides">The editorial pages, in menu order, linked from every footer.</param>
/// <param name="CanonicalUrl">Absolute URL of the page, or null when no public site address is set.</param>
/// <param name="ContributeUrl">The web form, linked from every footer once the site names its repository; null before.</param>
/// <param name="OwnAddress">
/// False for the 404 page, sent in place of any missing address: it is no document of its own, so it names no
/// canonical address, no <c>og:url</c>, and prints none.
/// </param>
public sealed record PageFrame(
    string Title,
    string Description,
    string Path,
    string? CanonicalUrl,
    string SiteTitle,
    string Licence,
    Section Section,
    IReadOnlyList<Link> Breadcrumbs,
    AssetLinks Assets,
    IReadOnlyList<Link> Guides,
    bool NoIndex = false,
    string? ContributeUrl = null,
    bool OwnAddress = true);
