namespace StatiqPat.Theme.Models;

/// <summary>One described property of a sheet; no values means the sheet does not say ("non renseigné").</summary>
public sealed record Facet(string Label, IReadOnlyList<Link> Values);
