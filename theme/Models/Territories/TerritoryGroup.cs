namespace StatiqPat.Theme.Models.Territories;

/// <summary>Territories of one governance level, for the territory list.</summary>
public sealed record TerritoryGroup(string Level, string Description, IReadOnlyList<TerritoryCard> Territories);
