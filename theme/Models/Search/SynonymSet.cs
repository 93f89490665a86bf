namespace StatiqPat.Theme.Models.Search;

/// <summary>Words the search treats as one, and the index page of the vocabulary value they name, if any.</summary>
public sealed record SynonymSet(IReadOnlyList<string> Words, Link? Index);
