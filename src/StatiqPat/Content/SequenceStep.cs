namespace StatiqPat.Content;

/// <summary>One step of a workshop sequence: a tool, or its suite, or several tools run at once as rotating tables.</summary>
public sealed record SequenceStep
{
    /// <summary>One tool; more than one are run in parallel, each group moving from table to table.</summary>
    public IReadOnlyList<Reference> Tools { get; init; } = [];

    /// <summary>The step runs the tool's suite (the follow-up activity), not the tool itself.</summary>
    public bool FollowUp { get; init; }

    public string? Note { get; init; }
}
