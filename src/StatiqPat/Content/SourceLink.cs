namespace StatiqPat.Content;

/// <summary>An address a source document prints (a download, a study), with what it leads to.</summary>
public sealed record SourceLink
{
    public string Label { get; init; } = "";
    public string Url { get; init; } = "";
}
