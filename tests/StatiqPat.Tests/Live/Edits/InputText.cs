using System.Text.RegularExpressions;

namespace StatiqPat.Tests.Live.Edits;

/// <summary>Line-level helpers the edits share: sheets and reference files are edited as text, as a contributor would.</summary>
public static class InputText
{
    /// <summary>The files of a folder of the input, in a fixed order, so a generated index always names the same one.</summary>
    public static string[] Files(string input, string folder, string pattern = "*.md") =>
        Directory.Exists(Path.Combine(input, folder))
            ? [.. Directory.GetFiles(Path.Combine(input, folder), pattern).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The file at a generated index (wrapped), or null when there is none.</summary>
    public static string? Pick(string[] files, int index) => files.Length == 0 ? null : files[index % files.Length];

    public static void Edit(string file, Func<string, string> change) => File.WriteAllText(file, change(File.ReadAllText(file)));

    /// <summary>Sets a top-level field of the front matter, adding it after the title (or the name) when the sheet has none.</summary>
    public static string SetField(string sheet, string field, string value)
    {
        var lines = sheet.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = $"{field}: {value}";
        }
        else if (lines.FindIndex(l => l.StartsWith("titre:", StringComparison.Ordinal) || l.StartsWith("nom:", StringComparison.Ordinal)) is var title and >= 0)
        {
            lines.Insert(title + 1, $"{field}: {value}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Inserts lines right after the first line equal to <paramref name="after"/>; the text is unchanged without one.</summary>
    public static string InsertAfter(string text, string after, params string[] inserted)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.IndexOf(after);
        if (index >= 0)
        {
            lines.InsertRange(index + 1, inserted);
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Removes the item at a generated index (wrapped) of a YAML list whose items start with <paramref name="item"/>,
    /// with the lines that continue it (indented deeper than the dash).
    /// </summary>
    public static string RemoveItem(string text, string item, int index)
    {
        var lines = text.Split('\n').ToList();
        var starts = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith(item, StringComparison.Ordinal)).Select(l => l.i).ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var start = starts[index % starts.Count];
        var continuation = new string(' ', item.Length);
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith(continuation, StringComparison.Ordinal) && !lines[end].StartsWith(item, StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    /// <summary>Replaces a slug where it stands as a whole value (not inside a longer slug).</summary>
    public static string ReplaceSlug(string text, string slug, string replacement) =>
        Regex.Replace(text, $@"(?<![\w-]){Regex.Escape(slug)}(?![\w-])", replacement);
}
