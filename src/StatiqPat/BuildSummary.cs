using StatiqPat.Diagnostics;

namespace StatiqPat;

/// <summary>The outcome of a build whose files went to a sink: its problems, or how much it wrote and how fast.</summary>
public sealed record BuildSummary(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, StageTimer Timer)
{
    public bool Succeeded => Diagnostics.Count == 0;
}
