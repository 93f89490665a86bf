namespace StatiqPat.Content;

/// <summary>
/// Locates files under the input folder and names them for messages as <c>input/cas/x.md</c>:
/// relative to the input folder's parent, so reports look the same on every machine and in tests.
/// </summary>
public sealed record InputPaths(string Root)
{
    public const string Vocabulary = "vocabulaire.yml";
    public const string Geography = "geographie.yml";
    public const string Settings = "site.yml";
    public const string Workshops = "ateliers.yml";
    public const string Sources = "sources.yml";
    public const string Thesaurus = "thesaurus.yml";
    public const string Images = "images";

    /// <summary>The reference files sheets are read against: the reference data's version is made of theirs.</summary>
    public static readonly IReadOnlyList<string> ReferenceFiles = [Settings, Vocabulary, Geography, Sources, Thesaurus];

    /// <summary>
    /// Every data file the loader reads: the reference files, then the workshop sequences (they have a version of
    /// their own). The loader reads no other; bench/SyntheticSite copies these, so a new one reaches the benchmark too.
    /// </summary>
    public static readonly IReadOnlyList<string> DataFiles = [.. ReferenceFiles, Workshops];

    /// <summary>The regular files found by the scan; the build reads no other file. Null until the folder is scanned.</summary>
    public InputFiles? Files { get; init; }

    /// <summary>
    /// Told of every image looked up and whether it was there: a sheet kept from an earlier read is read again when
    /// one of its images appears or disappears, since its problems depend on it.
    /// </summary>
    public Action<string, bool>? ImageLookups { get; init; }

    public string Full(string relative) => Path.Combine(Root, relative);

    public string Display(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(Root).TrimEnd(Path.DirectorySeparatorChar)) ?? Root, fullPath)
            .Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>True when the scan found this regular file (a relative path such as <c>sources.yml</c>).</summary>
    public bool Has(string relative) => Files?.Contains(relative) ?? false;

    /// <summary>
    /// True when a path written in a sheet stays in <c>images/</c>: no « .. » nor « . » step, no empty step, no
    /// backslash. The path is then the published address as is, so what a page shows is what was checked.
    /// </summary>
    public static bool IsImagePath(string relative) =>
        relative.StartsWith(Images + "/", StringComparison.Ordinal)
        && !relative.Contains('\\', StringComparison.Ordinal)
        && relative.Split('/').All(step => step is not ("" or "." or ".."));

    /// <summary>True when a site-relative image path names a regular file of <c>input/images/</c>.</summary>
    public bool ImageExists(string relative)
    {
        var exists = IsImagePath(relative) && Has(relative);
        ImageLookups?.Invoke(relative, exists);
        return exists;
    }
}
