namespace StatiqPat.Tests.Live.Edits;

/// <summary>
/// One edit a contributor might make to the input folder, as data: FsCheck generates sequences of them and, when a
/// sequence fails, shrinks it to fewer and simpler edits. Its text (the record's) is what a failure prints.
/// </summary>
public abstract record SiteEdit
{
    /// <summary>Makes the edit in the input folder; an edit with nothing to act on (no case left) does nothing.</summary>
    public abstract void Apply(string input);

    /// <summary>The same kind of edit on simpler arguments, tried when a failing sequence shrinks.</summary>
    public virtual IEnumerable<SiteEdit> Simpler() => [];
}
