namespace StatiqPat.Content;

/// <summary>A sheet's optional picture; the alt text is mandatory.</summary>
public sealed record Illustration
{
    public string File { get; init; } = "";
    public string Alt { get; init; } = "";
}
