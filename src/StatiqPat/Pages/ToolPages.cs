using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Qr;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Tools;

namespace StatiqPat.Pages;

/// <summary>One page per tool sheet.</summary>
public static class ToolPages
{
    /// <summary>Cases shown on the sheet itself: enough to inspire, few enough to print.</summary>
    public const int CasesOnSheet = 12;

    public static IEnumerable<SitePage> Generate(PageContext context) =>
        context.Index.Content.Tools.SelectMany(sheet => Pages(sheet, context));

    private static IEnumerable<SitePage> Pages(ToolSheet sheet, PageContext context)
    {
        var cases = CaseCards.InTitleOrder(context.Index.CasesUsingTool(sheet.Slug), context.Index);
        var keys = context.Keys;
        var url = Urls.Tool(sheet.Slug);
        yield return new SitePage(url, keys.For(url).Add(sheet.Version).AddAll(sheet.RelatedTools.Select(t => keys.Tool(t.Slug)))
            .Add(keys.Cards(cases)).Value, () => Model(sheet, context));
        if (cases.Count <= CasesOnSheet)
        {
            yield break;
        }

        var title = $"Cas où l'outil « {sheet.Title} » a servi";
        foreach (var slice in Pagination.Split(CasesUrl(sheet.Slug), cases))
        {
            var pageTitle = Pagination.TitleOf(title, slice.Number, slice.Total);
            yield return new SitePage(slice.Url, Pagination.Key(keys, slice, cases.Count, sheet.FrontMatterVersion), () => new CaseListPageModel
            {
                Frame = context.Frame(pageTitle, $"Les cas de coopération qui ont utilisé l'outil n° {sheet.Number} de la boîte à expérimenter.",
                    slice.Url, Section.Tools, PageContext.Crumb(ContentKind.Tool), new Link(sheet.Title, Urls.Tool(sheet.Slug))),
                Title = pageTitle,
                Lead = $"Les cas qui mentionnent l'outil n° {sheet.Number}, « {sheet.Title} », par ordre alphabétique.",
                Cases = CaseCards.All(slice.Items, context),
                CaseTotal = cases.Count,
                Pager = slice.Pager,
                Back = new Link(sheet.Title, Urls.Tool(sheet.Slug)),
            });
        }
    }

    /// <summary>The paginated list of every case that used a tool, beside the tool's sheet.</summary>
    public static string CasesUrl(string slug) => Urls.Tool(slug) + "cas/";

    public static ToolPageModel Model(ToolSheet sheet, PageContext context)
    {
        var url = Urls.Tool(sheet.Slug);
        var description = sheet.Subtitle ?? sheet.Objectives.FirstOrDefault() ?? sheet.Title;
        var frame = context.Frame(sheet.Title, description, url, Section.Tools, PageContext.Crumb(ContentKind.Tool));
        var cases = CaseCards.Sorted(context.Index.CasesUsingTool(sheet.Slug), context);
        return new ToolPageModel
        {
            Frame = frame,
            QrSvg = frame.CanonicalUrl is { } permanent ? QrCodes.Svg(permanent) : null,
            Number = sheet.Number,
            WorkshopUrl = Urls.Workshop + "?ajouter=" + sheet.Slug,
            Title = sheet.Title,
            Subtitle = sheet.Subtitle,
            Objectives = sheet.Objectives,
            Facts = Facts(sheet.Format, sheet.Minutes, sheet.GroupSize),
            Materials = sheet.Materials,
            Steps = Steps(sheet.Steps),
            FollowUp = sheet.FollowUp is not { } suite ? null : new FollowUpBlock(
                suite.Title, suite.Purpose, Facts(suite.Format, suite.Minutes, groupSize: null), Steps(suite.Steps)),
            Download = sheet.Download,
            RelatedTools = sheet.RelatedTools.Select(context.ToolLink).ToList(),
            Cases = cases.Take(CasesOnSheet).ToList(),
            CaseTotal = cases.Count,
            AllCasesUrl = cases.Count > CasesOnSheet ? CasesUrl(sheet.Slug) : null,
            BodyHtml = sheet.Body.Html,
            Footer = PageContext.Footer(sheet.Sources, sheet.Added, sheet.Updated, sheet.SourcePath),
            SearchFilters = SearchFacets.Of(sheet),
        };
    }

    public static ToolCard Card(ToolSheet sheet) =>
        new(sheet.Number, sheet.Title, Urls.Tool(sheet.Slug), sheet.Subtitle, French.Minutes(sheet.Minutes), sheet.Format?.Label);

    private static IReadOnlyList<Facet> Facts(Term? format, int? minutes, string? groupSize)
    {
        var facts = new List<Facet>
        {
            new("Format", PageContext.Labels(format)),
            new("Durée", minutes is null ? [] : [new Link(French.Minutes(minutes.Value))]),
        };
        if (groupSize is not null || minutes is not null)
        {
            facts.Add(new Facet("Taille du groupe", groupSize is null ? [] : [new Link(groupSize)]));
        }

        return facts;
    }

    private static IReadOnlyList<StepItem> Steps(IReadOnlyList<WorkshopStep> steps) =>
        steps.Select(s => new StepItem(s.Description, French.Minutes(s.Minutes))).ToList();
}
