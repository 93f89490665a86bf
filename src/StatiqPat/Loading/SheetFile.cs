using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading;

/// <summary>A Markdown file split into its front matter (parsed YAML) and its body, with the body's first line.</summary>
public sealed record SheetFile(string RelativePath, YamlMappingNode FrontMatter, string Body, int BodyLineOffset);
