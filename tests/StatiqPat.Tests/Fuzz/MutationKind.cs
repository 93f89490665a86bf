namespace StatiqPat.Tests.Fuzz;

/// <summary>The slips a contributor, an editor or a broken transfer makes to a file.</summary>
public enum MutationKind
{
    Truncate,
    DeleteLine,
    DuplicateLine,
    SwapLines,
    InsertToken,
    RemoveSyntaxCharacter,
    InsertBytes,
}
