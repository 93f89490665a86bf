namespace StatiqPat.Theme.Models;

/// <summary>One step of a matrix's shading scale: the cells counting <see cref="From"/> to <see cref="To"/> cases.</summary>
public sealed record ShadeStep(int Step, int From, int To)
{
    /// <summary>How many steps a scale has at most (one CSS class each, <c>shade-1</c> to <c>shade-4</c>).</summary>
    public const int Steps = 4;

    public string Label => From == To ? $"{From} cas" : $"{From} à {To} cas";
}
