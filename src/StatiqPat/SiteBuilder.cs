using StatiqPat.Content;
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
/// The whole build, top to bottom: load → validate → index → generate → render → data files. Each file goes
/// to the sink as soon as it is ready: tests and <c>check</c> keep them in memory, <c>build</c> streams them
/// into a staging folder that replaces <c>output/</c> only once the site is whole.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds in memory: nothing touches disk.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var sink = new MemorySink();
        var summary = await BuildAsync(options, sink);
        return new BuildResult(summary, summary.Succeeded ? sink.Files() : []);
    }

    public static async Task<BuildSummary> BuildAsync(BuildOptions options, IOutputSink sink)
    {
        var timer = new StageTimer();
        var (content, paths, problems) = LoadAndValidate(options, timer);
        if (content is null || problems.Count > 0)
        {
            return new BuildSummary(problems, 0, 0, timer);
        }

        var index = timer.Time("index", () => new SiteIndex(content));
        var baseUrl = (options.BaseUrl ?? content.Settings.BaseUrl).TrimEnd('/');
        var assets = timer.Time("ressources", () => ThemeAssets.Collect(content.Vocabulary));
        var pages = timer.Time("génération", () => SitePages.Generate(index, assets.Links, baseUrl, options.Preview));
        await timer.TimeAsync("rendu", () => SiteRenderer.RenderAsync(pages, sink));
        timer.Time("données", () =>
        {
            WriteAll(sink, Generated.Matrices.MatrixCsv.Files(pages)
                .Concat(Generated.Publishing.PublishingFiles.Generate(index, pages, baseUrl, options.Preview))
                .Concat(assets.Files)
                .Append(Generated.Publishing.HeadersFile.Generate(pages))
                .Concat(InputImages.Collect(paths))
                .Concat(Cms.AdminFiles.Generate(content, baseUrl, options.Cms, Tools.NodeTools.DecapDist(options.InputFolder))));
            Generated.OpenData.OpenDataFiles.Write(sink, content, baseUrl);
        });
        return new BuildSummary([], pages.Count, sink.Count, timer);
    }

    /// <summary>
    /// Every rule of the build (YAML, fields, vocabulary, references, links, images, duplicates) without
    /// generating a page: what <c>check</c> runs.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(BuildOptions options) => LoadAndValidate(options, new StageTimer()).Problems;

    private static (SiteContent? Content, InputPaths Paths, IReadOnlyList<Diagnostic> Problems) LoadAndValidate(BuildOptions options, StageTimer timer)
    {
        var diagnostics = new DiagnosticBag();
        var paths = new InputPaths(options.InputFolder);
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Report(ErrorCodes.MissingInputFolder, SourcePosition.StartOf(options.InputFolder), "le dossier d'entrée est introuvable",
                "lancez la commande depuis la racine du dépôt, ou indiquez le dossier avec --input");
            return (null, paths, diagnostics.Sorted());
        }

        var pipeline = MarkdownPipelineFactory.Create();
        var content = timer.Time("chargement", () => new InputLoader(paths, pipeline, diagnostics).Load());

        // Cross-file checks run even when some files failed, so one build reports every problem.
        timer.Time("validation", () => ContentValidator.Validate(content, diagnostics));
        return (content, paths, diagnostics.Sorted());
    }

    private static void WriteAll(IOutputSink sink, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            sink.Write(file.Path, file.Content);
        }
    }
}
