namespace StatiqPat.Theme.Models.Site;

/// <summary>A page left at a former address, which sends the reader to where the sheet lives now.</summary>
public sealed record RedirectPageModel : PageModel
{
    public required string Target { get; init; }
}
