namespace StatiqPat.Tests.Fuzz;

/// <summary>
/// One edit to a file's bytes. Positions are raw random numbers taken modulo the file's current size when
/// applied, so the same case replays identically and every part of a file is equally likely to be hit.
/// </summary>
public sealed record Mutation(MutationKind Kind, int Where, int Other, int Payload)
{
    public override string ToString() => $"{Kind}({Where}, {Other}, {Payload})";
}
