namespace StatiqPat.Theme.Models.Sources;

/// <summary>The registry of source documents: what each is, who made it, and which sheets cite it.</summary>
public sealed record SourcesPageModel : PageModel
{
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
}
