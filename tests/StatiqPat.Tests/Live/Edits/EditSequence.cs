namespace StatiqPat.Tests.Live.Edits;

/// <summary>The edits of one run, in order; printed one after the other when a run fails.</summary>
public sealed record EditSequence(IReadOnlyList<SiteEdit> Edits)
{
    public override string ToString() => string.Join(" ; ", Edits.Select((edit, i) => $"{i + 1}. {edit}"));
}
