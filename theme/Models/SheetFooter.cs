namespace StatiqPat.Theme.Models;

/// <summary>The end of every sheet: its sources and dates, already formatted in French.</summary>
public sealed record SheetFooter(IReadOnlyList<SourceItem> Sources, string Added, string? Updated, string SourcePath);
