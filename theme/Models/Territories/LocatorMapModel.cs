namespace StatiqPat.Theme.Models.Territories;

/// <summary>A small map of France with the département(s) of a territory picked out.</summary>
/// <param name="ShapeIds">Elements of the shared map file to highlight.</param>
/// <param name="Label">What the map shows, in words: its accessible name and its caption.</param>
public sealed record LocatorMapModel(string ShapesUrl, string ViewBox, IReadOnlyList<string> ShapeIds, string Label);
