namespace StatiqPat.Content;

/// <summary>
/// A ready-made sequence of toolbox tools for one workshop, as a source describes it (<c>input/ateliers.yml</c>):
/// each gets a printable page with its agenda and the whole kit.
/// </summary>
public sealed record WorkshopSequence
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<SequenceStep> Steps { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
}
