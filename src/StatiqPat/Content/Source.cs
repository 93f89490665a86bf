namespace StatiqPat.Content;

/// <summary>Where a sheet's facts come from: a seed document or a URL, and what it brings.</summary>
public sealed record Source
{
    public string Reference { get; init; } = "";
    public string? Note { get; init; }
}
