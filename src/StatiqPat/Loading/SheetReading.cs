using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Loading;

/// <summary>The bag and the input paths one sheet is read with, so its problems and image lookups stay its own.</summary>
public sealed record SheetReading(DiagnosticBag Diagnostics, InputPaths Paths);
