namespace StatiqPat.Content;

/// <summary>An entry of the input folder the build will not read: a link, a pipe or device, a folder it may not list.</summary>
/// <param name="Path">Relative to the input folder, with '/' separators.</param>
public sealed record RefusedEntry(string Path, FileKind Kind);
