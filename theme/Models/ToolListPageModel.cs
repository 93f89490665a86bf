namespace StatiqPat.Theme.Models;

/// <summary>The toolbox, in its numbered order.</summary>
public sealed record ToolListPageModel : PageModel
{
    public required IReadOnlyList<ToolCard> Tools { get; init; }
}
