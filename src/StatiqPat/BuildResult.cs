using StatiqPat.Diagnostics;
using StatiqPat.Output;

namespace StatiqPat;

/// <summary>The outcome of a build, in memory: either the site's files, or the problems that prevented it.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, int PageCount, StageTimer Timer)
{
    public bool Succeeded => Diagnostics.Count == 0;

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path);
}
