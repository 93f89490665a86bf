namespace StatiqPat.Theme.Models;

/// <summary>One entry of a <see cref="Pager"/>: a page number and its address, or a gap (null number).</summary>
public sealed record PagerItem(int? Number, string? Url, bool IsCurrent);
