namespace LiveTiming;

/// <summary>What one measured save changes in the case sheet.</summary>
public enum EditKind
{
    /// <summary>A new paragraph in the body: only the case's own page shows it.</summary>
    Text,

    /// <summary>Another value of <c>type:</c>: the case moves between listings, filters and counts.</summary>
    Type,
}
