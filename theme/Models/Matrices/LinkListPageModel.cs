namespace StatiqPat.Theme.Models.Matrices;

/// <summary>A plain page listing links with a sentence each (the matrices index, the collective maps index).</summary>
public sealed record LinkListPageModel : PageModel
{
    public required string Title { get; init; }
    public required string Introduction { get; init; }
    public required IReadOnlyList<GuideLink> Links { get; init; }
}
