using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>A structure placed on a collective map: its row (governance level group) and its engagement per function slug.</summary>
public sealed record MapStructure(string Name, string? Url, Term Row, IReadOnlyDictionary<string, Term> Engagement);
