namespace StatiqPat.Content;

/// <summary>One step of a workshop, with its duration when the source gives one.</summary>
public sealed record WorkshopStep
{
    public string Description { get; init; } = "";
    public int? Minutes { get; init; }
}
