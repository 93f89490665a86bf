using System.Globalization;
using StatiqPat.Text;

namespace StatiqPat.Cli;

/// <summary>What the command line prints after a build: every problem, or the step timings and the page count.</summary>
public static class BuildReport
{
    public static void Print(BuildSummary result, string outputFolder, TextWriter output, TextWriter errors)
    {
        var folder = outputFolder.TrimEnd('/') + "/";
        if (result.UpToDate)
        {
            output.WriteLine($"Rien n'a changé depuis la dernière construction : {folder} est à jour (--forcer pour tout reconstruire).");
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            errors.WriteLine(diagnostic);
        }

        if (result.Errors.Count() is var count and > 0)
        {
            errors.WriteLine($"{count} {(count > 1 ? "erreurs" : "erreur")} : le site n'a pas été construit, {folder} est inchangé.");
            return;
        }

        if (result.Failure is { } failure)
        {
            errors.WriteLine($"erreur : {failure}. Les pages de {folder} sont à jour, mais pas l'index de recherche : relancez la construction.");
            return;
        }

        output.WriteLine("  étape            durée     alloué   tas après   pic mémoire");
        foreach (var (stage, elapsed, heap, allocated, peak) in result.Timer.Stages)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms {Mio(allocated),6} Mio {Mio(heap),6} Mio {Mio(peak),8} Mio"));
        }

        var total = result.Timer.Total;
        var rate = result.PageCount / Math.Max(total.TotalSeconds, 0.001);
        var pages = French.Count(result.PageCount, "page", "pages");
        var files = French.Count(result.FileCount, "fichier", "fichiers");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages} ({files}) en {total.TotalMilliseconds:0} ms, soit {rate:0} pages/s."));
        if (result.RenderedCount < result.PageCount)
        {
            var others = result.PageCount - result.RenderedCount;
            output.WriteLine($"{French.Count(result.RenderedCount, "page rendue", "pages rendues")} ; "
                + (others == 1 ? "l'autre, inchangée, est celle" : $"les {others} autres, inchangées, sont celles") + " de la construction précédente.");
        }
        output.WriteLine($"Site écrit dans {folder}");
    }

    private static long Mio(long bytes) => bytes / (1024 * 1024);
}
