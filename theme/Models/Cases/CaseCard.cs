namespace StatiqPat.Theme.Models.Cases;

/// <summary>A case as shown in lists: enough to choose whether to open it.</summary>
public sealed record CaseCard(
    string Title,
    string Url,
    string Summary,
    bool IsFictitious,
    string? Type,
    string? Degree,
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> Territories);
