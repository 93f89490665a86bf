namespace StatiqPat.Content;

/// <summary>Whether a territory's food project is recognised as a PAT, since when and at which level.</summary>
public sealed record PatStatus
{
    public bool? Recognised { get; init; }
    public int? Year { get; init; }
    public int? RecognitionLevel { get; init; }
}
