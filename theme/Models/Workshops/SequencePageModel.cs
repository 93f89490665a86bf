namespace StatiqPat.Theme.Models.Workshops;

/// <summary>A ready-made workshop sequence: its agenda, what to prepare, and the sheets to print, in order.</summary>
public sealed record SequencePageModel : PageModel
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<AgendaRow> Agenda { get; init; }

    /// <summary>The total duration, or null when a step has none.</summary>
    public string? Total { get; init; }
    public required IReadOnlyList<string> Materials { get; init; }
    public required IReadOnlyList<KitSheet> Kit { get; init; }

    /// <summary>The composer opened on this sequence, to set a start time and breaks.</summary>
    public required string ComposeUrl { get; init; }
    public required IReadOnlyList<SourceItem> Sources { get; init; }

    /// <summary>The data file the sequence is written in, for contributors.</summary>
    public required string SourcePath { get; init; }
}
