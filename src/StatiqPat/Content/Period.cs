namespace StatiqPat.Content;

/// <summary>Years a case ran; either end may be unknown.</summary>
public sealed record Period
{
    public int? Start { get; init; }
    public int? End { get; init; }
}
