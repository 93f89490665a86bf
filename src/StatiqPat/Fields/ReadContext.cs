using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>What a reader needs while reading one YAML document: where it is, the vocabulary, where problems go.</summary>
/// <param name="LineOffset">Lines before the YAML starts in the file (the opening <c>---</c>), so positions are file positions.</param>
/// <param name="Input">The input folder, so a field naming a file (an image) can check it exists.</param>
public sealed record ReadContext(string Path, int LineOffset, Vocabulary Vocabulary, DiagnosticBag Diagnostics, InputPaths Input)
{
    public SourcePosition At(YamlNode node) =>
        new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    public void Error(string code, YamlNode node, string message, string? hint = null) =>
        Diagnostics.Report(code, At(node), message, hint);
}
