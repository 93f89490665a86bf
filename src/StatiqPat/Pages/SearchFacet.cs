namespace StatiqPat.Pages;

/// <summary>
/// A search facet: its short French name, kept in shared addresses (<c>fonction=Manger</c>), and the legend the search page shows over its values.
/// </summary>
public sealed record SearchFacet(string Name, string Label);
