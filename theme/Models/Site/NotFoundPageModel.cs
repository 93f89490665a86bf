namespace StatiqPat.Theme.Models.Site;

/// <summary>The 404 page.</summary>
public sealed record NotFoundPageModel : PageModel;
