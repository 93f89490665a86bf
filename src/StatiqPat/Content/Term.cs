namespace StatiqPat.Content;

/// <summary>One value of a reference vocabulary: cooperation type, degree, function, level, département…</summary>
/// <param name="Rank">Position in its list, from 1; for degrees it orders strongest first.</param>
/// <param name="Parent">Slug of an enclosing value where the list nests (a département's région).</param>
public sealed record Term(string Slug, string Label, string Description, string? Colour, int Rank, string? Parent)
{
    public static readonly Term Empty = new("", "", "", null, 0, null);
}
