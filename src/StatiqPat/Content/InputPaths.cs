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

    /// <summary>
    /// Told of every image looked up and whether it was there: a sheet kept from an earlier read is read again when
    /// one of its images appears or disappears, since its problems depend on it.
    /// </summary>
    public Action<string, bool>? ImageLookups { get; init; }

    public string Full(string relative) => Path.Combine(Root, relative);

    public string Display(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(Root).TrimEnd(Path.DirectorySeparatorChar)) ?? Root, fullPath)
            .Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>True when a site-relative image path names an existing file inside the input folder.</summary>
    public bool ImageExists(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        var exists = full.StartsWith(Path.GetFullPath(Root), StringComparison.Ordinal) && File.Exists(full);
        ImageLookups?.Invoke(relative, exists);
        return exists;
    }
}
