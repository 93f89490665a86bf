namespace StatiqPat.Content;

/// <summary>A structure taking part in a case, at a governance level, with its roles in the cooperation.</summary>
public sealed record Actor
{
    public string Name { get; init; } = "";
    public Reference? Territory { get; init; }
    public Term Level { get; init; } = Term.Empty;
    public IReadOnlyList<Term> Roles { get; init; } = [];
}
