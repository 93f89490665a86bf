using StatiqPat.Diagnostics;
using StatiqPat.Writing;

namespace StatiqPat;

/// <summary>The outcome of a build kept in memory: either the site's files, or the problems that prevented it.</summary>
public sealed record BuildResult(BuildSummary Summary, IReadOnlyList<OutputFile> Files)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Summary.Diagnostics;

    public int PageCount => Summary.PageCount;

    public bool Succeeded => Summary.Succeeded;

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path);
}
