namespace StatiqPat.Theme.Models.Matrices;

/// <summary>One line in a matrix cell: text, an optional link, an optional colour class (always with text, never colour alone).</summary>
public sealed record CellEntry(string Text, string? Url = null, string? TermClass = null)
{
    /// <summary>True for what the real cases show (a collective map's second layer), never a declared engagement.</summary>
    public bool Observed { get; init; }
}
