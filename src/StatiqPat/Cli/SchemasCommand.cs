using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;

namespace StatiqPat.Cli;

/// <summary>The <c>schemas</c> command: rewrites <c>input/schemas/*.json</c> after the model or the vocabulary changed.</summary>
public static class SchemasCommand
{
    public static int Run(string inputFolder, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = new InputLoader(new InputPaths(inputFolder), MarkdownPipelineFactory.Create(), diagnostics).LoadVocabulary();
        if (diagnostics.HasErrors)
        {
            foreach (var diagnostic in diagnostics.Sorted())
            {
                errors.WriteLine(diagnostic);
            }

            return 1;
        }

        var folder = Path.Combine(inputFolder, SchemaExport.Folder);
        Directory.CreateDirectory(folder);
        foreach (var (fileName, json) in SchemaExport.Generate(vocabulary))
        {
            File.WriteAllText(Path.Combine(folder, fileName), json);
            output.WriteLine($"écrit : {Path.Combine(folder, fileName)}");
        }

        return 0;
    }
}
