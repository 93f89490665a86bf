namespace StatiqPat.Theme.Models.Cases;

/// <summary>A list of cases in alphabetical order, one page of it when it is long: every case, or the cases using a tool.</summary>
public sealed record CaseListPageModel : PageModel
{
    public required string Title { get; init; }
    public required string Lead { get; init; }
    public required IReadOnlyList<CaseCard> Cases { get; init; }

    /// <summary>Cases on every page of the list, not only this one.</summary>
    public required int CaseTotal { get; init; }

    public Pager? Pager { get; init; }

    /// <summary>The page this list belongs to (the tool), when there is one.</summary>
    public Link? Back { get; init; }
}
