using StatiqPat.Theme.Models.Cases;

namespace StatiqPat.Theme.Models.Tools;

/// <summary>Everything a tool sheet shows; laid out so a trainer can run the workshop from the printed page.</summary>
public sealed record ToolPageModel : PageModel
{
    public required int Number { get; init; }

    /// <summary>« Préparer un atelier » with this tool added to the atelier being composed.</summary>
    public required string WorkshopUrl { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required IReadOnlyList<Facet> Facts { get; init; }
    public required IReadOnlyList<string> Materials { get; init; }
    public required IReadOnlyList<StepItem> Steps { get; init; }
    public FollowUpBlock? FollowUp { get; init; }
    public string? Download { get; init; }
    public required IReadOnlyList<Link> RelatedTools { get; init; }
    /// <summary>The first cases that used the tool; the rest are on <see cref="AllCasesUrl"/>.</summary>
    public required IReadOnlyList<CaseCard> Cases { get; init; }

    public required int CaseTotal { get; init; }

    /// <summary>The paginated list of every case that used the tool, when they do not all fit on the sheet.</summary>
    public string? AllCasesUrl { get; init; }
    public required string BodyHtml { get; init; }
    public required SheetFooter Footer { get; init; }

    /// <summary>Facet values recorded in the search index for this page.</summary>
    public IReadOnlyList<SearchFilter> SearchFilters { get; init; } = [];

    /// <summary>QR code of the permanent address, printed with the sheet.</summary>
    public string? QrSvg { get; init; }
}
