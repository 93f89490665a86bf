using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Validation;

/// <summary>
/// What the reader of <c>ateliers.yml</c> cannot see alone: a step asks for the suite of a tool that has none, or two
/// sequences share an identifier (and so an address). Unknown tools are reported with every other reference.
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

        foreach (var twin in content.Workshops.Sequences.GroupBy(s => s.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = twin.First().Steps.FirstOrDefault()?.Tools.FirstOrDefault()?.Position;
            diagnostics.Report(ErrorCodes.DuplicateSlug, first ?? SourcePosition.StartOf(content.Workshops.SourcePath),
                $"deux séquences portent l'identifiant « {twin.Key} » (et donc l'adresse /atelier/{twin.Key}/)",
                "donnez à chaque séquence son propre slug");
        }
    }
}
