using StatiqPat.Theme.Models;

namespace StatiqPat.Pages.Shared;

/// <summary>A page to write: its URL and the view model its component renders.</summary>
public sealed record SitePage(string Url, PageModel Model);
