using System.Globalization;
using System.Text;

namespace LiveTiming;

/// <summary>The Markdown table the benchmark prints: one row per kind of edit.</summary>
public static class ResultTable
{
    public const string Header =
        "| input | edit | runs | T median (ms) | T max (ms) | save→browser median (ms) | save→browser max (ms) | N median (pages) |\n"
        + "|---|---|---|---|---|---|---|---|\n";

    public static string Render(string label, IReadOnlyList<Measurement> measurements)
    {
        var table = new StringBuilder(Header);
        foreach (var kind in Enum.GetValues<EditKind>())
        {
            var rows = measurements.Where(m => m.Kind == kind).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var rebuild = rows.Select(m => (double)m.RebuildMs).ToList();
            var browser = rows.Select(m => m.SaveToBrowserMs).ToList();
            table.Append(CultureInfo.InvariantCulture,
                $"| {label} | {kind.Name()} | {rows.Count} | {Statistics.Median(rebuild):0} | {rebuild.Max():0} | "
                + $"{Statistics.Median(browser):0} | {browser.Max():0} | {Statistics.Median(rows.Select(m => (double)m.Pages)):0.#} |\n");
        }

        return table.ToString();
    }
}
