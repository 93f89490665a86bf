namespace StatiqPat.Theme.Models.Cases;

/// <summary>Everything a case page shows.</summary>
public sealed record CasePageModel : PageModel
{
    public required string Title { get; init; }
    public required bool IsFictitious { get; init; }
    public required string Status { get; init; }
    public required string Context { get; init; }
    public string? Innovation { get; init; }
    public string? Benefit { get; init; }
    public required IReadOnlyList<Facet> Facets { get; init; }
    public required IReadOnlyList<Link> Territories { get; init; }
    public required IReadOnlyList<ActorRow> Actors { get; init; }
    public required IReadOnlyList<Link> Tools { get; init; }
    public required IReadOnlyList<Quote> Testimonies { get; init; }
    public Picture? Image { get; init; }
    public required string BodyHtml { get; init; }
    public required SheetFooter Footer { get; init; }

    /// <summary>Facet values recorded in the search index for this page.</summary>
    public IReadOnlyList<SearchFilter> SearchFilters { get; init; } = [];

    /// <summary>QR code of the permanent address, printed with the sheet.</summary>
    public string? QrSvg { get; init; }
}
