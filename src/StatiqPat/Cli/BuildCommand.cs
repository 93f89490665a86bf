using System.Globalization;
using StatiqPat.Output;

namespace StatiqPat.Cli;

/// <summary>
/// The <c>build</c> command: stream the site into a staging folder, add the search index, and only then replace
/// the output folder. When nothing the build reads has changed since the last build, it stops at once.
/// </summary>
public static class BuildCommand
{
    public static async Task<bool> RunAsync(BuildOptions options, string outputFolder, TextWriter output, TextWriter errors, bool force = false)
    {
        var fingerprint = BuildFingerprint.Compute(options);
        if (!force && BuildFingerprint.IsCurrent(outputFolder, fingerprint))
        {
            output.WriteLine($"Rien n'a changé depuis la dernière construction : {outputFolder}/ est à jour (--forcer pour tout reconstruire).");
            return true;
        }

        // A full build installs the Node tools first: the /admin/ form copies Decap CMS from them while writing the site.
        if (options.Search && Tools.NodeTools.FindToolsFolder(options.InputFolder) is { } tools
            && Tools.NodeTools.EnsureTools(tools, output) is { } installProblem)
        {
            errors.WriteLine($"erreur : {installProblem}. Le site n'a pas été écrit, {outputFolder}/ est inchangé.");
            return false;
        }

        using var staging = StagingFolder.Beside(outputFolder);
        var summary = await SiteBuilder.BuildAsync(options, new FolderSink(staging.Path));
        BuildReport.Print(summary, outputFolder, output, errors);
        if (!summary.Succeeded)
        {
            return false;
        }

        if (options.Search)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (Search.SearchIndexer.Index(staging.Path, options.InputFolder, output) is { } problem)
            {
                errors.WriteLine($"erreur : {problem}. Le site n'a pas été écrit, {outputFolder}/ est inchangé.");
                return false;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"recherche",-12} {clock.Elapsed.TotalMilliseconds,8:0} ms"));
        }

        // The stamp goes first and comes back last: a build interrupted mid-swap is never taken for up to date.
        var stamp = BuildFingerprint.StampOf(outputFolder);
        File.Delete(stamp);
        staging.ReplaceOutput();
        await File.WriteAllTextAsync(stamp, fingerprint);
        output.WriteLine($"Site écrit dans {outputFolder}/");
        return true;
    }
}
