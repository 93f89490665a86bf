using StatiqPat.Cms;

namespace StatiqPat;

/// <summary>What a build reads and which public address it assumes.</summary>
/// <param name="BaseUrl">Overrides <c>url</c> of <c>site.yml</c> (deploy previews use their own address).</param>
/// <param name="Preview">A deploy preview: search engines are asked not to index it (robots.txt and meta robots).</param>
/// <param name="Cms">Where the <c>/admin/</c> form saves: GitHub for the real site, Decap's in-memory test backend for browser tests.</param>
public sealed record BuildOptions(string InputFolder, string? BaseUrl = null, bool Preview = false, CmsBackend Cms = CmsBackend.GitHub);
