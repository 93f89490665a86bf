namespace StatiqPat.Pages.Matrices;

/// <summary>What the reading of a function on a collective map rests on.</summary>
public enum ReadingBasis
{
    /// <summary>Neither a declared engagement nor a real case says anything.</summary>
    None,

    /// <summary>The engagement the structures declared (tool n° 3's coloured cards).</summary>
    Declared,

    /// <summary>No structure declared its engagement: the real cases in which the structures act on the function.</summary>
    Observed,
}
