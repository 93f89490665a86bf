namespace StatiqPat.Theme.Models.Tools;

/// <summary>The "suite" section of a tool sheet.</summary>
public sealed record FollowUpBlock(string Title, string Purpose, IReadOnlyList<Facet> Facts, IReadOnlyList<StepItem> Steps);
