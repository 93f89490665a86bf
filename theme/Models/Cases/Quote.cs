namespace StatiqPat.Theme.Models.Cases;

/// <summary>A testimony: the words, who said them (a role), where.</summary>
public sealed record Quote(string Text, string Speaker, string? Place);
