using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Workshops;

namespace StatiqPat.Pages.Workshops;

/// <summary>« Préparer un atelier » (<c>/atelier/</c>) and one page per ready-made sequence (<c>/atelier/&lt;slug&gt;/</c>).</summary>
public static class WorkshopPages
{
    public static IEnumerable<SitePage> Generate(PageContext context)
    {
        var content = context.Index.Content;
        var keys = context.Keys;
        // Both show the tools' front matter and the sequences file; the composer also its script, whose address is in the frame's key.
        yield return new SitePage(Urls.Workshop, keys.For(Urls.Workshop).Add(keys.Everything).Add(content.Workshops.Version).Value,
            () => Workshop(context));
        foreach (var sequence in content.Workshops.Sequences)
        {
            var url = Urls.Sequence(sequence.Slug);
            yield return new SitePage(url, keys.For(url).Add(keys.Everything).Add(content.Workshops.Version).Value, () => Sequence(sequence, context));
        }
    }

    public static WorkshopPageModel Workshop(PageContext context)
    {
        var content = context.Index.Content;
        return new WorkshopPageModel
        {
            Frame = context.Frame("Préparer un atelier",
                "Composer une séquence d'outils de la boîte à expérimenter, obtenir un déroulé minuté, imprimer le kit et le partager par un lien.",
                Urls.Workshop, Section.Tools, PageContext.Crumb(ContentKind.Tool)),
            Tools = content.Tools.OrderBy(t => t.Number).Select(t => new WorkshopToolRow(t.Number, t.Title, Urls.Tool(t.Slug), t.Slug,
                t.Format?.Label, French.Minutes(t.Minutes), t.FollowUp?.Title, t.FollowUp?.Format?.Label, French.Minutes(t.FollowUp?.Minutes))).ToList(),
            Sequences = content.Workshops.Sequences.Select(s => new GuideLink(s.Title, Urls.Sequence(s.Slug), s.Description)).ToList(),
            Kit = KitSheets.All(context),
            ComposerData = ComposerData.Of(content.Tools),
            Script = context.Assets.WorkshopScript,
        };
    }

    public static SequencePageModel Sequence(WorkshopSequence sequence, PageContext context)
    {
        var index = context.Index;
        var url = Urls.Sequence(sequence.Slug);
        var (agenda, total) = SessionAgenda.Of(sequence, index);
        var steps = sequence.Steps.SelectMany(step => step.Tools.Select(r => (Tool: index.Tool(r.Slug), step.FollowUp)))
            .Where(p => p.Tool is not null).Select(p => (Tool: p.Tool!, p.FollowUp)).ToList();
        return new SequencePageModel
        {
            Frame = context.Frame(sequence.Title, $"Séquence d'atelier prête à imprimer : {sequence.Title}.", url, Section.Tools,
                PageContext.Crumb(ContentKind.Tool), new Link("Préparer un atelier", Urls.Workshop)),
            Title = sequence.Title,
            Description = sequence.Description,
            Agenda = agenda,
            Total = French.Minutes(total),
            Materials = steps.Where(s => !s.FollowUp).SelectMany(s => s.Tool.Materials).Distinct(StringComparer.Ordinal).ToList(),
            Kit = steps.Select(s => KitSheets.Of(s.Tool, s.FollowUp, context)).ToList(),
            ComposeUrl = SessionAgenda.ComposeUrl(sequence, index),
            Sources = PageContext.SourceItems(sequence.Sources),
            SourcePath = index.Content.Workshops.SourcePath,
        };
    }
}
