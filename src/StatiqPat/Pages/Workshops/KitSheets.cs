using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Qr;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models.Tools;
using StatiqPat.Theme.Models.Workshops;

namespace StatiqPat.Pages.Workshops;

/// <summary>The printed sheets of a trainer's kit, one per tool or suite, and the tokens that name them in an address.</summary>
public static class KitSheets
{
    public const string FollowUpSuffix = ".suite";

    public static string Token(ToolSheet tool, bool followUp) => followUp ? tool.Slug + FollowUpSuffix : tool.Slug;

    /// <summary>Every sheet a kit may hold: each tool, then its suite when it has one, in the toolbox's order.</summary>
    public static IReadOnlyList<KitSheet> All(PageContext context) =>
        context.Index.Content.Tools.OrderBy(t => t.Number)
            .SelectMany(t => t.FollowUp is null ? [Of(t, false, context)] : new[] { Of(t, false, context), Of(t, true, context) })
            .ToList();

    public static KitSheet Of(ToolSheet tool, bool followUp, PageContext context)
    {
        var url = Urls.Tool(tool.Slug);
        var printed = context.Absolute(url);
        var qr = printed is null ? null : QrCodes.Svg(printed);
        if (!followUp || tool.FollowUp is not { } suite)
        {
            return new KitSheet(Token(tool, false), $"Outil n° {tool.Number}", tool.Title, url, tool.Format?.Label, French.Minutes(tool.Minutes),
                tool.Objectives, Steps(tool.Steps), tool.Materials, qr, printed);
        }

        return new KitSheet(Token(tool, true), $"Suite de l'outil n° {tool.Number} · {tool.Title}", suite.Title, url, suite.Format?.Label,
            French.Minutes(suite.Minutes), [suite.Purpose], Steps(suite.Steps), [], qr, printed);
    }

    private static IReadOnlyList<StepItem> Steps(IReadOnlyList<WorkshopStep> steps) =>
        steps.Select(s => new StepItem(s.Description, French.Minutes(s.Minutes))).ToList();
}
