using Markdig;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;
using StatiqPat.Validation;

namespace StatiqPat.Tests.Fuzz;

/// <summary>
/// A copy of the real reference data (vocabulary, geography, settings) in which each case puts one mutated file:
/// a sheet alone in its folder, or a mutated data file with no sheet at all. A data file goes through <c>check</c>
/// whole; a sheet goes through the same loader and validator against reference data read once, which keeps a case
/// to a few milliseconds while every rule still sees the mutated file.
/// </summary>
public sealed class FuzzSite : IDisposable
{
    private static readonly string[] SheetFolders = ["cas", "outils", "territoires", "pages"];
    private static readonly string[] DataFiles = ["vocabulaire.yml", "geographie.yml", "site.yml"];

    private readonly TempFolder folder = new();
    private readonly MarkdownPipeline pipeline = MarkdownPipelineFactory.Create();
    private readonly InputPaths paths;
    private readonly SiteContent reference;
    private string? written;

    public FuzzSite()
    {
        Input = folder.Combine("input");
        Directory.CreateDirectory(Input);
        foreach (var name in DataFiles)
        {
            File.Copy(Path.Combine(Repository.Input, name), Path.Combine(Input, name));
        }

        paths = new InputPaths(Input);
        var diagnostics = new DiagnosticBag();
        reference = new InputLoader(paths, pipeline, diagnostics).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
    }

    /// <summary>Every real sheet and data file, as paths relative to <c>input/</c>, in a fixed order so seeds replay.</summary>
    public static IReadOnlyList<string> Sources { get; } =
    [
        .. SheetFolders.SelectMany(f => Directory.GetFiles(Path.Combine(Repository.Input, f), "*.md")
            .Select(p => $"{f}/{Path.GetFileName(p)}").Order(StringComparer.Ordinal)),
        .. DataFiles,
    ];

    public string Input { get; }

    /// <summary>Runs <c>check</c> with <paramref name="relative"/> replaced by <paramref name="bytes"/>.</summary>
    public IReadOnlyList<Diagnostic> Check(string relative, byte[] bytes)
    {
        Restore();
        var target = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        written = relative;
        if (DataFiles.Contains(relative))
        {
            return SiteBuilder.Check(new BuildOptions(Input));
        }

        // The reference data does not change between sheet cases: read once, as the loader would read it every time.
        var diagnostics = new DiagnosticBag();
        var content = new InputLoader(paths, pipeline, diagnostics).LoadContent(reference.Settings, reference.Vocabulary);
        ContentValidator.Validate(content, diagnostics);
        return diagnostics.Sorted();
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Puts back what the previous case changed: a data file comes back whole, a sheet goes away.</summary>
    private void Restore()
    {
        if (written is null)
        {
            return;
        }

        var target = Path.Combine(Input, written);
        if (DataFiles.Contains(written))
        {
            File.Copy(Path.Combine(Repository.Input, written), target, overwrite: true);
        }
        else
        {
            File.Delete(target);
        }

        written = null;
    }
}
