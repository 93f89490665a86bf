using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>An area drawn as a collective map: a département, or a territory with the territories it contains.</summary>
/// <param name="Slug">Unique among areas: <c>departement-vosges</c> or the territory's slug.</param>
public sealed record MapArea(string Slug, string Name, IReadOnlyList<TerritoryProfile> Members);
