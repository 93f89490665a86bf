namespace StatiqPat.Theme.Models.Editorial;

/// <summary>An editorial page: its title, its Markdown body as HTML, and its sources when it has some.</summary>
public sealed record EditorialPageModel : PageModel
{
    public required string Title { get; init; }
    public required string BodyHtml { get; init; }
    public required SheetFooter Footer { get; init; }
}
