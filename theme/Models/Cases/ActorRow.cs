namespace StatiqPat.Theme.Models.Cases;

/// <summary>A line of a case's actors table.</summary>
public sealed record ActorRow(Link Name, string Level, IReadOnlyList<string> Roles);
