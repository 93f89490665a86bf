namespace StatiqPat.Theme.Models.Territories;

/// <summary>A territory as shown in lists.</summary>
public sealed record TerritoryCard(string Name, string Url, string? Place, int CaseCount);
