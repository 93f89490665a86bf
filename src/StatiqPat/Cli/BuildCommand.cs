using StatiqPat.Incremental;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Cli;

/// <summary>
/// The <c>construire</c> command: resolve what the machine offers once (installing the Node tools when search is
/// wanted), then run the whole build into the output folder and report it.
/// </summary>
public static class BuildCommand
{
    public static async Task<bool> RunAsync(BuildOptions options, string outputFolder, TextWriter output, TextWriter errors,
        bool search = false, bool force = false, SheetCache? sheets = null)
    {
        var (environment, problem) = BuildEnvironment.Prepare(options.InputFolder, search, output);
        if (environment is null)
        {
            errors.WriteLine($"erreur : {problem}. Le site n'a pas été écrit, {outputFolder.TrimEnd('/')}/ est inchangé.");
            return false;
        }

        using var target = new FolderTarget(outputFolder, force, keepSearchIndex: environment.Pagefind is not null);
        var summary = await SiteBuilder.BuildAsync(options, environment, target, sheets);
        BuildReport.Print(summary, outputFolder, output, errors);
        return summary.Succeeded;
    }
}
