namespace StatiqPat.Content;

/// <summary>A quote from someone involved, with their role (never a name the seeds do not give) and place.</summary>
public sealed record Testimony
{
    public string Quote { get; init; } = "";
    public string Speaker { get; init; } = "";
    public string? Place { get; init; }
}
