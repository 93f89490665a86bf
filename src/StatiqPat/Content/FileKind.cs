namespace StatiqPat.Content;

/// <summary>What an entry of the input folder is, read without following it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A pipe, socket or device: reading one could block the build or read the machine.</summary>
    Special,

    /// <summary>A folder the build may not list (permissions).</summary>
    Unreadable,
}
