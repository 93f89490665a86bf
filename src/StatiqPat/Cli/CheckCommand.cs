namespace StatiqPat.Cli;

/// <summary>
/// The <c>check</c> command: every rule of the build over <c>input/</c>, without writing a site. In GitHub Actions
/// it also annotates the pull request and writes the full list to the step summary.
/// </summary>
public static class CheckCommand
{
    public static int Run(string inputFolder, TextWriter output, TextWriter errors, CiEnvironment ci,
        int annotationCap = GitHubAnnotations.DefaultCap)
    {
        var diagnostics = SiteBuilder.Check(new BuildOptions(inputFolder));
        foreach (var diagnostic in diagnostics)
        {
            errors.WriteLine(diagnostic);
        }

        var failures = diagnostics.Where(d => !d.IsWarning).ToList();
        var files = failures.Select(d => d.Position.Path).Distinct(StringComparer.Ordinal).Count();
        if (failures.Count == 0)
        {
            output.WriteLine("Aucune erreur : les contenus sont valides.");
        }
        else
        {
            errors.WriteLine($"{CountLine(failures.Count, files)} Les codes sont expliqués dans docs/erreurs.md.");
        }

        if (ci.GitHubActions)
        {
            GitHubAnnotations.Write(diagnostics, output, annotationCap);
        }

        if (ci.StepSummaryPath is { } summary)
        {
            // GitHub gives each step its own summary file; appending keeps what earlier commands of the step wrote.
            File.AppendAllText(summary, StepSummary.Render(diagnostics));
        }

        return failures.Count == 0 ? 0 : 1;
    }

    public static string CountLine(int errors, int files) =>
        $"{errors} erreur{(errors > 1 ? "s" : "")} dans {files} fichier{(files > 1 ? "s" : "")}.";
}
