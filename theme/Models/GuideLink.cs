namespace StatiqPat.Theme.Models;

/// <summary>A link to an editorial page with the sentence that says what it explains.</summary>
public sealed record GuideLink(string Title, string Url, string Description);
