using StatiqPat.Output;

namespace StatiqPat.Cli;

/// <summary>The <c>build</c> command: build in memory, report, and replace the output folder only on success.</summary>
public static class BuildCommand
{
    public static async Task<bool> RunAsync(BuildOptions options, string outputFolder, TextWriter output, TextWriter errors)
    {
        var result = await SiteBuilder.BuildAsync(options);
        BuildReport.Print(result, output, errors);
        if (result.Succeeded)
        {
            OutputWriter.WriteAtomically(outputFolder, result.Files);
            output.WriteLine($"Site écrit dans {outputFolder}/");
        }

        return result.Succeeded;
    }
}
