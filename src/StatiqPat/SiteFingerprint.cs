using StatiqPat.Content;
using StatiqPat.Incremental;
using StatiqPat.Loading;
using StatiqPat.Toolchain;

namespace StatiqPat;

/// <summary>The fingerprint of a build: its input folder's files, its options and the machine tools it uses.</summary>
public static class SiteFingerprint
{
    public static string Of(BuildOptions options, BuildEnvironment environment, InputFiles files)
    {
        // Every build copies Decap CMS into /admin/ when it is installed: installing it, or another version, changes the site.
        var usesTools = (environment.Pagefind ?? environment.DecapDist ?? (object?)environment.Map) is not null;
        var settings = $"options {options.BaseUrl} {options.Preview} {options.Cms}\n"
            + $"search {environment.Pagefind is not null} decap {environment.DecapDist is not null} map {environment.Map is not null}";
        return BuildFingerprint.Compute(Path.GetFullPath(options.InputFolder), files, settings, usesTools ? environment.ToolsFolder : null);
    }

    /// <summary>With a scan of its own, for a caller that has none (tests, the state <c>servir</c> leaves).</summary>
    public static string Of(BuildOptions options, BuildEnvironment environment) => Of(options, environment, InputScanner.Scan(options.InputFolder));
}
