namespace StatiqPat.Tests.Fuzz;

/// <summary>A real input file (by its index in <see cref="FuzzSite.Sources"/>) and the edits applied to it, in order.</summary>
public sealed record FuzzCase(int Source, IReadOnlyList<Mutation> Mutations)
{
    public override string ToString() => $"source {Source} [{string.Join(", ", Mutations)}]";
}
