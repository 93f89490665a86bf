namespace SyntheticSite;

/// <summary>One entry of a case's <c>acteurs</c>: a synthetic territory's own structure, or a State or non-public actor without one.</summary>
public sealed record CaseActor(string Name, SyntheticTerritory? Territory, string Level, IReadOnlyList<string> Roles);
