using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Workshops;

namespace StatiqPat.Pages.Workshops;

/// <summary>
/// The agenda of a ready-made sequence, timed from the durations in the tool sheets. The sources give no clock
/// times, so a static page counts from the start of the workshop; the composer sets a real start time.
/// </summary>
public static class SessionAgenda
{
    public static (IReadOnlyList<AgendaRow> Rows, int? Total) Of(WorkshopSequence sequence, SiteIndex index)
    {
        int? elapsed = 0;
        var rows = new List<AgendaRow>();
        foreach (var step in sequence.Steps)
        {
            var tools = step.Tools.Select(r => index.Tool(r.Slug)).OfType<ToolSheet>().ToList();
            var minutes = StepMinutes(tools, step.FollowUp);
            var end = elapsed + minutes;
            var formats = tools.Select(t => (step.FollowUp ? t.FollowUp?.Format : t.Format)?.Label).OfType<string>().Distinct().ToList();
            rows.Add(new AgendaRow(Clock(elapsed), Clock(end), tools.Select(t => ToolLink(t, step.FollowUp)).ToList(), step.FollowUp,
                formats.Count == 0 ? null : string.Join(", ", formats), French.Minutes(minutes), step.Note));
            elapsed = end;
        }

        return (rows, elapsed);
    }

    /// <summary>Tools run in parallel take as long as the longest; unknown as soon as one has no duration.</summary>
    public static int? StepMinutes(IReadOnlyList<ToolSheet> tools, bool followUp)
    {
        var durations = tools.Select(t => followUp ? t.FollowUp?.Minutes : t.Minutes).ToList();
        return durations.Count == 0 || durations.Any(d => d is null) ? null : durations.Max();
    }

    /// <summary>Time from the start of the workshop: « 0 h 00 », « 2 h 30 ».</summary>
    public static string? Clock(int? minutes) => minutes is { } m ? $"{m / 60} h {m % 60:00}" : null;

    /// <summary>The sequence in the composer's address: steps by commas, tools run in parallel joined by « ~ ».</summary>
    public static string ComposeUrl(WorkshopSequence sequence, SiteIndex index) =>
        Urls.Workshop + "?outils=" + string.Join(",", sequence.Steps.Select(step => string.Join("~",
            step.Tools.Select(r => index.Tool(r.Slug)).OfType<ToolSheet>().Select(t => KitSheets.Token(t, step.FollowUp)))));

    private static Link ToolLink(ToolSheet tool, bool followUp) => followUp && tool.FollowUp is { } suite
        ? new Link($"Suite de l'outil n° {tool.Number} : {suite.Title}", Urls.Tool(tool.Slug))
        : new Link($"n° {tool.Number} · {tool.Title}", Urls.Tool(tool.Slug));
}
