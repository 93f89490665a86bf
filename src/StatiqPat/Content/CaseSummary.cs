namespace StatiqPat.Content;

/// <summary>The three lines of the toolbox's case format: context, inter-level innovation, benefit.</summary>
public sealed record CaseSummary
{
    public string Context { get; init; } = "";
    public string? Innovation { get; init; }
    public string? Benefit { get; init; }
}
