namespace StatiqPat.Theme.Models;

/// <summary>The search page; the results are drawn in the browser from the Pagefind index.</summary>
public sealed record SearchPageModel : PageModel
{
    public required string Script { get; init; }
}
