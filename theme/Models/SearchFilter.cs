namespace StatiqPat.Theme.Models;

/// <summary>A facet value Pagefind records for a page (e.g. fonction = Manger), so search results can be filtered.</summary>
public sealed record SearchFilter(string Name, string Value);
