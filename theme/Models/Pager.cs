namespace StatiqPat.Theme.Models;

/// <summary>The navigation between the pages of a long list.</summary>
/// <param name="Items">Page numbers around the current one, with the first and the last; a null number is a gap.</param>
public sealed record Pager(int Current, int Total, Link? Previous, Link? Next, IReadOnlyList<PagerItem> Items);
