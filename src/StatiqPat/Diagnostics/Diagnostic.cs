namespace StatiqPat.Diagnostics;

/// <summary>One problem in the input, told the way compilers do so editors and CI can jump to it.</summary>
public sealed record Diagnostic(string Code, SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>Formats as <c>path:line:col: error CODE: message (hint)</c>.</summary>
    public override string ToString() =>
        Hint is null
            ? $"{Position}: error {Code}: {Message}"
            : $"{Position}: error {Code}: {Message} ({Hint})";
}
