namespace StatiqPat.Theme.Models.Search;

/// <summary>The search page; the results are drawn in the browser from the Pagefind index.</summary>
public sealed record SearchPageModel : PageModel
{
    public required string Script { get; init; }

    /// <summary>The thesaurus, given to the script so a query also looks for its synonyms.</summary>
    public IReadOnlyList<SynonymSet> Synonyms { get; init; } = [];

    /// <summary>The indexes offered when a search finds nothing.</summary>
    public IReadOnlyList<Link> Indexes { get; init; } = [];

    /// <summary>Where the script fetches suggestions when a search finds nothing.</summary>
    public required string SuggestionsUrl { get; init; }

    /// <summary>Where the script fetches the build's rules: folding table, facet legends, suggestion thresholds.</summary>
    public required string RulesUrl { get; init; }
}
