namespace StatiqPat.Content;

/// <summary>The "suite" of a tool: the activity a territory runs on its own after the workshop.</summary>
public sealed record FollowUp
{
    public string Title { get; init; } = "";
    public string Purpose { get; init; } = "";
    public Term? Format { get; init; }
    public int? Minutes { get; init; }
    public IReadOnlyList<WorkshopStep> Steps { get; init; } = [];
}
