namespace StatiqPat.Tests.Live.Edits;

/// <summary>What <see cref="ChangeSequence"/> does to the workshop sequence.</summary>
public enum SequenceChange
{
    Retitle,
    AddStep,
    RemoveStep,
}
