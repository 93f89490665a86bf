using YamlDotNet.Core;

namespace StatiqPat.Loading;

/// <summary>A YAML shape the loader refuses before building nodes: where it starts, what is wrong, how to fix it.</summary>
public sealed record YamlShapeProblem(Mark Position, string Message, string Hint);
