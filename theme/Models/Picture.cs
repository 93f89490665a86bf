namespace StatiqPat.Theme.Models;

/// <summary>An image with its mandatory text alternative.</summary>
public sealed record Picture(string Url, string Alt);
