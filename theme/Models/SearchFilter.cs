namespace StatiqPat.Theme.Models;

/// <summary>
/// A facet value Pagefind records for a page (e.g. fonction = Manger), so search results can be filtered; or, with
/// <paramref name="IsMeta"/>, a value only shown with the result (the territories a case names), not offered as a filter.
/// </summary>
public sealed record SearchFilter(string Name, string Value, bool IsMeta = false);
