namespace StatiqPat.Theme.Models.Tools;

/// <summary>A workshop step with its duration, formatted ("20 min"), when known.</summary>
public sealed record StepItem(string Description, string? Duration);
