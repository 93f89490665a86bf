using StatiqPat.Output;

namespace StatiqPat.Cli;

/// <summary>The <c>build</c> command: build in memory, report, and replace the output folder only on success.</summary>
public static class BuildCommand
{
    public static async Task<bool> RunAsync(BuildOptions options, string outputFolder, TextWriter output, TextWriter errors)
    {
        var result = await SiteBuilder.BuildAsync(options);
        BuildReport.Print(result, output, errors);
        if (!result.Succeeded)
        {
            return false;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problem = OutputWriter.WriteAtomically(outputFolder, result.Files,
            options.Search ? staging => Search.SearchIndexer.Index(staging, options.InputFolder, output) : null);
        if (problem is not null)
        {
            errors.WriteLine($"erreur : {problem}. Le site n'a pas été écrit, {outputFolder}/ est inchangé.");
            return false;
        }

        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"  {(options.Search ? "écriture + recherche" : "écriture"),-12} {clock.Elapsed.TotalMilliseconds,8:0} ms"));
        output.WriteLine($"Site écrit dans {outputFolder}/");
        return true;
    }
}
