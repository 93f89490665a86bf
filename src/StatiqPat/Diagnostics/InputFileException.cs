namespace StatiqPat.Diagnostics;

/// <summary>
/// An exception that escaped while reading one input file, carrying that file's path so the last-resort
/// message can name it (<c>erreur interne en lisant input/cas/x.md: …</c>).
/// </summary>
public sealed class InputFileException(string path, Exception inner) : Exception($"{path}: {inner.Message}", inner)
{
    /// <summary>The file's path as reports show it (<c>input/cas/x.md</c>).</summary>
    public string Path { get; } = path;
}
