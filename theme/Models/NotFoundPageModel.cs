namespace StatiqPat.Theme.Models;

/// <summary>The 404 page.</summary>
public sealed record NotFoundPageModel : PageModel;
