namespace StatiqPat.Theme.Models.Territories;

/// <summary>A function and the territory's engagement on it; a null level means the sources do not say.</summary>
public sealed record EngagementRow(string Function, string FunctionDescription, string? Level, string? LevelSlug);
