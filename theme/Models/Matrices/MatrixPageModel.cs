namespace StatiqPat.Theme.Models.Matrices;

/// <summary>A page of one or more matrices, with the collective map's reading when there is one.</summary>
public sealed record MatrixPageModel : PageModel
{
    public required string Title { get; init; }
    public required string Introduction { get; init; }
    public required IReadOnlyList<MatrixTable> Tables { get; init; }
    public MapReadingView? Reading { get; init; }
}
