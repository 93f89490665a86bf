using StatiqPat.Theme.Models;

namespace StatiqPat.Pages.Shared;

/// <summary>One page of a paginated list: its address, its number, its items, and the pager (null when the list fits one page).</summary>
public sealed record PageSlice<T>(string Url, int Number, int Total, IReadOnlyList<T> Items, Pager? Pager);
