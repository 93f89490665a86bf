namespace StatiqPat.Theme.Models.Workshops;

/// <summary>« Préparer un atelier »: the tools and their suites, the ready-made sequences, and the composer's data.</summary>
public sealed record WorkshopPageModel : PageModel
{
    public required IReadOnlyList<WorkshopToolRow> Tools { get; init; }
    public required IReadOnlyList<GuideLink> Sequences { get; init; }

    /// <summary>Every sheet the composer may print, as templates it copies in the chosen order.</summary>
    public required IReadOnlyList<KitSheet> Kit { get; init; }

    /// <summary>The tools' durations, formats and materials, as JSON for the composer script.</summary>
    public required string ComposerData { get; init; }

    public required string Script { get; init; }
}
