namespace StatiqPat.Diagnostics;

/// <summary>One problem in the input, told the way compilers do so editors and CI can jump to it.</summary>
public sealed record Diagnostic(string Code, SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>A warning is told but does not stop the build (an image no sheet uses, which is then not published).</summary>
    public bool IsWarning { get; init; }

    /// <summary>Formats as <c>path:line:col: error CODE: message (hint)</c>, or <c>warning</c> for a warning.</summary>
    public override string ToString() =>
        Hint is null
            ? $"{Position}: {Severity} {Code}: {Message}"
            : $"{Position}: {Severity} {Code}: {Message} ({Hint})";

    private string Severity => IsWarning ? "warning" : "error";
}
