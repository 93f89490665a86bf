using StatiqPat.Diagnostics;
using StatiqPat.Generated;
using StatiqPat.Indexing;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Output;
using StatiqPat.Rendering;
using StatiqPat.Validation;

namespace StatiqPat;

/// <summary>
/// The whole build, top to bottom: load → validate → index → generate → render. It returns files in
/// memory; writing them (atomically) is the caller's choice, so tests and <c>check</c> never touch disk.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var timer = new StageTimer();
        var diagnostics = new DiagnosticBag();
        var paths = new InputPaths(options.InputFolder);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Report(ErrorCodes.MissingInputFolder, SourcePosition.StartOf(options.InputFolder), "le dossier d'entrée est introuvable",
                "lancez la commande depuis la racine du dépôt, ou indiquez le dossier avec --input");
            return new BuildResult(diagnostics.Sorted(), [], 0, timer);
        }

        var pipeline = MarkdownPipelineFactory.Create();
        var content = timer.Time("chargement", () => new InputLoader(paths, pipeline, diagnostics).Load());

        // Cross-file checks run even when some files failed, so one build reports every problem.
        timer.Time("validation", () => ContentValidator.Validate(content, diagnostics));
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), [], 0, timer);
        }

        var index = timer.Time("index", () => new SiteIndex(content));
        var (assetLinks, assetFiles) = timer.Time("ressources", () => ThemeAssets.Collect(content.Vocabulary));
        var baseUrl = options.BaseUrl ?? content.Settings.BaseUrl;
        var pages = timer.Time("génération", () => SitePages.Generate(index, assetLinks, baseUrl.TrimEnd('/'), options.Preview));
        var html = await timer.TimeAsync("rendu", () => SiteRenderer.RenderAsync(pages));
        var data = timer.Time("données", () => Generated.Matrices.MatrixCsv.Files(pages)
            .Concat(Generated.Publishing.PublishingFiles.Generate(index, pages, baseUrl.TrimEnd('/'), options.Preview))
            .Concat(Generated.OpenData.OpenDataFiles.Generate(content, baseUrl.TrimEnd('/'))).ToList());
        var images = timer.Time("images", () => InputImages.Collect(paths));

        var files = html.Concat(data).Concat(assetFiles).Concat(images).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new BuildResult([], files, pages.Count, timer);
    }
}
