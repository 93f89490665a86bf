namespace StatiqPat.Theme.Models;

/// <summary>A label and, when a page exists for it, its URL (null renders plain text).</summary>
public sealed record Link(string Label, string? Url = null);
