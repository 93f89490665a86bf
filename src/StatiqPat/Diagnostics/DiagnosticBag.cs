namespace StatiqPat.Diagnostics;

/// <summary>
/// Collects every problem of a build so a contributor sees them all at once.
/// Thread-safe because files are loaded in parallel; the sorted view keeps reports deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Report(string code, SourcePosition position, string message, string? hint = null) =>
        Add(new Diagnostic(code, position, message, hint));

    public void Warn(string code, SourcePosition position, string message, string? hint = null) =>
        Add(new Diagnostic(code, position, message, hint) { IsWarning = true });

    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            items.Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (gate)
            {
                return items.Exists(d => !d.IsWarning);
            }
        }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            return items
                .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Position.Line)
                .ThenBy(d => d.Position.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
