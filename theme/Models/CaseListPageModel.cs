namespace StatiqPat.Theme.Models;

/// <summary>The list of every case.</summary>
public sealed record CaseListPageModel : PageModel
{
    public required IReadOnlyList<CaseCard> Cases { get; init; }
}
