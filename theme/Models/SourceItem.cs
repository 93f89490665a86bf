namespace StatiqPat.Theme.Models;

/// <summary>A source as shown: a document name or a web link, and what it brings.</summary>
public sealed record SourceItem(string Label, string? Url, string? Note);
