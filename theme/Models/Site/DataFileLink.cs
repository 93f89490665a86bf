namespace StatiqPat.Theme.Models.Site;

/// <summary>A downloadable file of the open-data page.</summary>
public sealed record DataFileLink(string Title, string Url, string Format);
