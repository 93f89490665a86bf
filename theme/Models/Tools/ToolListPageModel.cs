namespace StatiqPat.Theme.Models.Tools;

/// <summary>The toolbox, in its numbered order.</summary>
public sealed record ToolListPageModel : PageModel
{
    public required IReadOnlyList<ToolCard> Tools { get; init; }
}
