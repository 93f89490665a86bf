using System.Globalization;
using System.Text;

namespace SyntheticSite;

/// <summary>Small helpers to write front matter by hand, two spaces per level, so every line is predictable.</summary>
public static class SheetFormat
{
    /// <summary>What a synthetic sheet cites when the real site has no registry of sources to take a document from.</summary>
    public const string SourceDocument = "bench/SyntheticSite (données synthétiques)";

    /// <summary>Fixed reference date: sheets are dated from it, never from the clock.</summary>
    public static readonly DateOnly BaseDate = new(2025, 1, 1);

    public static void Line(this StringBuilder text, int indent, string content) =>
        text.Append(' ', indent * 2).Append(content).Append('\n');

    public static void Field(this StringBuilder text, int indent, string key, string value) =>
        text.Line(indent, $"{key}: {YamlScalar.Text(value)}");

    public static void Field(this StringBuilder text, int indent, string key, int value) =>
        text.Line(indent, string.Create(CultureInfo.InvariantCulture, $"{key}: {value}"));

    public static void Items(this StringBuilder text, int indent, string key, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Line(indent, $"{key}:");
        foreach (var value in list)
        {
            text.Line(indent + 1, $"- {YamlScalar.Text(value)}");
        }
    }

    public static void Date(this StringBuilder text, string key, DateOnly date) =>
        text.Line(0, $"{key}: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <param name="source">A slug of the copied sources.yml, or null to cite <see cref="SourceDocument"/>.</param>
    public static void Sources(this StringBuilder text, string? source, string note)
    {
        text.Line(0, "sources:");
        text.Line(1, source is null ? $"- document: {YamlScalar.Text(SourceDocument)}" : $"- source: {YamlScalar.Text(source)}");
        text.Field(2, "apport", note);
    }

    /// <summary>« Cultiver » → « cultiver », for labels used inside a sentence.</summary>
    public static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
