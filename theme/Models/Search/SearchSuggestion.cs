namespace StatiqPat.Theme.Models.Search;

/// <summary>
/// A page or a word offered when a search finds nothing. <paramref name="Folded"/> is the label folded as the
/// build's « vouliez-vous dire » folds it, so the browser compares a query the same way <c>check</c> does.
/// </summary>
public sealed record SearchSuggestion(string Label, string Url, string Kind, string Folded);
