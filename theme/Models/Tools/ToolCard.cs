namespace StatiqPat.Theme.Models.Tools;

/// <summary>A tool as shown in lists.</summary>
public sealed record ToolCard(int Number, string Title, string Url, string? Subtitle, string? Duration, string? Format);
