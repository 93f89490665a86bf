namespace StatiqPat.Theme.Models.Typology;

/// <summary>A value of a typology on its index page: what it means and how many sheets carry it.</summary>
/// <param name="Territories">Null when the typology does not apply to territories.</param>
/// <param name="TermClass">CSS class carrying the value's colour, when the vocabulary draws it.</param>
public sealed record TermCount(string Label, string Url, string Description, int Cases, int? Territories, string? TermClass)
{
    /// <summary>The bar beside the number of cases, in twentieths of the largest number on the page (0: none).</summary>
    public int Bar { get; init; }
}
