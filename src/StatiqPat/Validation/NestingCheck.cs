using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Validation;

/// <summary>Territory nesting must be a tree-like order: a loop (A inside B inside A) would make every nested view endless.</summary>
public static class NestingCheck
{
    public static void ReportLoops(IReadOnlyList<TerritoryProfile> territories, DiagnosticBag diagnostics)
    {
        var parents = territories
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Parents, StringComparer.Ordinal);

        foreach (var territory in territories)
        {
            foreach (var parent in territory.Parents)
            {
                if (Reaches(parent.Slug, territory.Slug, parents))
                {
                    diagnostics.Report(ErrorCodes.InvalidValue, parent.Position,
                        $"« {parent.Slug} » ne peut pas englober « {territory.Slug} » : ce dernier l'englobe déjà (boucle)",
                        "un parent est toujours un territoire plus vaste : retirez l'un des deux liens");
                }
            }
        }
    }

    private static bool Reaches(string from, string target, Dictionary<string, IReadOnlyList<Reference>> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var current))
        {
            if (current == target)
            {
                return true;
            }

            if (seen.Add(current) && parents.TryGetValue(current, out var next))
            {
                foreach (var reference in next)
                {
                    pending.Push(reference.Slug);
                }
            }
        }

        return false;
    }
}
