using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>A structure placed on a collective map: its row (governance level group) and its engagement per function slug.</summary>
public sealed record MapStructure(string Name, string? Url, Term Row, IReadOnlyDictionary<string, Term> Engagement)
{
    /// <summary>Per function slug, the real cases in which the structure is an actor and which cover that function.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CaseSheet>> Observed { get; init; } = new Dictionary<string, IReadOnlyList<CaseSheet>>();
}
