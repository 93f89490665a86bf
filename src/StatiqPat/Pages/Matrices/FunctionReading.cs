using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>The reading of one function: its pattern, the rows that invest it, whether every present row does.</summary>
public sealed record FunctionReading(Term Function, FunctionPattern Pattern, IReadOnlyList<Term> InvestingRows, bool EveryLevel)
{
    public ReadingBasis Basis { get; init; } = ReadingBasis.Declared;
}
