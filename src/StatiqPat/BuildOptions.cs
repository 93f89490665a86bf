namespace StatiqPat;

/// <summary>What a build reads and which public address it assumes.</summary>
/// <param name="BaseUrl">Overrides <c>url</c> of <c>site.yml</c> (deploy previews use their own address).</param>
public sealed record BuildOptions(string InputFolder, string? BaseUrl = null);
