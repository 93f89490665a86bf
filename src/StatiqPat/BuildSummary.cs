using StatiqPat.Diagnostics;

namespace StatiqPat;

/// <summary>
/// The outcome of a build: its problems, or how much it wrote and how fast, or that nothing had changed. A build with
/// warnings only (an unused image) succeeds and carries them.
/// </summary>
/// <param name="Failure">A problem of the machine rather than the content (the search indexer failed), in French.</param>
/// <param name="RenderedCount">Pages rendered by this build; the others were kept from the previous one, their key unchanged.</param>
public sealed record BuildSummary(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, StageTimer Timer,
    bool UpToDate = false, string? Failure = null, int RenderedCount = 0)
{
    public bool Succeeded => !Errors.Any() && Failure is null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => !d.IsWarning);
}
