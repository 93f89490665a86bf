using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Qr;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;

namespace StatiqPat.Pages;

/// <summary>One page per case sheet.</summary>
public static class CasePages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        context.Index.Content.Cases.Select(sheet => new SitePage(Urls.Case(sheet.Slug), Key(sheet, context), () => Model(sheet, context)));

    /// <summary>A case page shows the case, the names of its territories (and their régions and départements) and of its tools.</summary>
    public static ulong Key(CaseSheet sheet, PageContext context) =>
        context.Keys.For(Urls.Case(sheet.Slug))
            .Add(sheet.Version)
            .AddAll(SiteIndex.TerritoriesOf(sheet).Select(context.Keys.Territory))
            .AddAll(sheet.Tools.Select(t => context.Keys.Tool(t.Slug)))
            .Value;

    public static CasePageModel Model(CaseSheet sheet, PageContext context)
    {
        var url = Urls.Case(sheet.Slug);
        var frame = context.Frame(sheet.Title, sheet.Summary.Context, url, Section.Cases, PageContext.Crumb(ContentKind.Case));
        return new CasePageModel
        {
            Frame = frame,
            QrSvg = frame.CanonicalUrl is { } permanent ? QrCodes.Svg(permanent) : null,
            Title = sheet.Title,
            IsFictitious = sheet.IsFictitious,
            Status = sheet.Status.Label,
            Context = sheet.Summary.Context,
            Innovation = sheet.Summary.Innovation,
            Benefit = sheet.Summary.Benefit,
            Facets = Facets(sheet),
            Territories = sheet.Territories.Select(context.TerritoryLink).ToList(),
            Actors = sheet.Actors.Select(a => new ActorRow(
                a.Territory is null ? new Link(a.Name) : context.TerritoryLink(a.Territory) with { Label = a.Name },
                a.Level.Label,
                a.Roles.Select(r => r.Label).ToList())).ToList(),
            Tools = sheet.Tools.Select(context.ToolLink).ToList(),
            Testimonies = sheet.Testimonies.Select(t => new Quote(t.Quote, t.Speaker, t.Place)).ToList(),
            Image = sheet.Image is null ? null : new Picture("/" + sheet.Image.File, sheet.Image.Alt),
            BodyHtml = sheet.Body.Html,
            Footer = PageContext.Footer(sheet.Sources, sheet.Added, sheet.Updated, sheet.SourcePath),
            SearchFilters = SearchFacets.Of(sheet, context.Index),
        };
    }

    private static IReadOnlyList<Facet> Facets(CaseSheet sheet)
    {
        var period = sheet.Period is null ? "" : French.Period(sheet.Period.Start, sheet.Period.End);
        return
        [
            new("Statut", [new Link(sheet.Status.Label)]),
            new("Type de coopération", PageContext.Links(Dimensions.Types, sheet.CooperationType)),
            new("Degré de coopération", PageContext.Links(Dimensions.Degrees, sheet.Degree)),
            new("Formalisation", PageContext.Links(Dimensions.Formality, sheet.Formality)),
            new("Fonctions du PAT", PageContext.Links(Dimensions.Functions, sheet.Functions)),
            new("Espaces de coopération", PageContext.Links(Dimensions.Spaces, sheet.Spaces)),
            new("Objets de coopération", PageContext.Links(Dimensions.Objects, sheet.Objects)),
            new("Thématiques", PageContext.Links(Dimensions.Themes, sheet.Themes)),
            new("Facteurs déterminants", PageContext.Links(Dimensions.Factors, sheet.Factors)),
            new("Période", period.Length == 0
                ? []
                : [new Link(period, sheet.Period?.Start is { } start
                    ? Urls.DimensionValue(Dimensions.Years.Key, start.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : null)]),
        ];
    }
}
