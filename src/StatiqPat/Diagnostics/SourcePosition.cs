namespace StatiqPat.Diagnostics;

/// <summary>Where something was written: a path relative to the site root, 1-based line and column.</summary>
public sealed record SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
