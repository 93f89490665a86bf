using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Validation;

/// <summary>
/// What the reader of <c>ateliers.yml</c> cannot see alone: a step asks for the suite of a tool that has none. Unknown
/// tools are reported with every other reference; two sequences sharing a slug, by the reader, at the second one.
/// </summary>
public static class WorkshopCheck
{
    public static void Report(SiteContent content, DiagnosticBag diagnostics)
    {
        var tools = content.Tools.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        foreach (var reference in content.Workshops.Sequences.SelectMany(s => s.Steps).Where(s => s.FollowUp).SelectMany(s => s.Tools))
        {
            if (tools.TryGetValue(reference.Slug, out var tool) && tool.FollowUp is null)
            {
                diagnostics.Report(ErrorCodes.InvalidValue, reference.Position, $"l'outil « {reference.Slug} » n'a pas de suite",
                    $"retirez « suite: oui » de cette étape, ou décrivez la suite dans {tool.SourcePath}");
            }
        }
    }
}
