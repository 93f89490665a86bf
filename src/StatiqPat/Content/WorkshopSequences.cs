namespace StatiqPat.Content;

/// <summary>The contents of <c>input/ateliers.yml</c>: its sequences and the version of the file they were read from.</summary>
public sealed record WorkshopSequences
{
    public static readonly WorkshopSequences None = new();

    public IReadOnlyList<WorkshopSequence> Sequences { get; init; } = [];

    /// <summary>A hash of the file: the pages showing sequences are keyed by it.</summary>
    public ulong Version { get; init; }

    /// <summary>The file as contributors name it, for messages.</summary>
    public string SourcePath { get; init; } = "";
}
