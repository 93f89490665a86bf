namespace LiveTiming;

/// <summary>How an edit kind is named in the table and the progress lines.</summary>
public static class EditKindNames
{
    public static string Name(this EditKind kind) => kind.ToString().ToLowerInvariant();
}
