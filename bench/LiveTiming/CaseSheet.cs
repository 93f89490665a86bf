using System.Text.RegularExpressions;

namespace LiveTiming;

/// <summary>
/// The case sheet the benchmark edits: the first of <c>cas/*.md</c> in ordinal name order, so that the real input
/// and a synthetic one (which copies the real cases) measure the same page. Edits are prepared before the clock
/// starts and written in one call, as an editor's save would.
/// </summary>
public sealed partial class CaseSheet
{
    private CaseSheet(string path)
    {
        FilePath = path;
        Slug = Path.GetFileNameWithoutExtension(path);
    }

    public string FilePath { get; }

    public string Slug { get; }

    /// <summary>The page's address, relative to the site root.</summary>
    public string PagePath => $"cas/{Slug}/";

    public static CaseSheet FirstIn(string input)
    {
        var first = Directory.EnumerateFiles(Path.Combine(input, "cas"), "*.md")
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return first is null
            ? throw new BenchmarkFailure($"{input}/cas has no .md file to edit")
            : new CaseSheet(first);
    }

    /// <summary>The slug in the sheet's <c>type:</c> line.</summary>
    public string CurrentType()
    {
        var match = TypeLine().Match(File.ReadAllText(FilePath));
        return match.Success
            ? match.Groups[1].Value.Trim().Trim('"', '\'')
            : throw new BenchmarkFailure($"{FilePath} has no 'type:' line");
    }

    /// <summary>The sheet's text with one more paragraph at the end of its body.</summary>
    public string WithParagraph(string paragraph) => File.ReadAllText(FilePath).TrimEnd() + "\n\n" + paragraph + "\n";

    /// <summary>The sheet's text with its <c>type:</c> line naming another type.</summary>
    public string WithType(string slug) => TypeLine().Replace(File.ReadAllText(FilePath), $"type: {slug}", 1);

    public void Write(string text) => File.WriteAllText(FilePath, text);

    // A top-level key of the front matter: nested keys are indented, and the body has no "type:" line at column 0.
    [GeneratedRegex(@"^type:(.*)$", RegexOptions.Multiline)]
    private static partial Regex TypeLine();
}
