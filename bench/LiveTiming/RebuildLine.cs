using System.Globalization;
using System.Text.RegularExpressions;

namespace LiveTiming;

/// <summary>
/// The line <c>servir</c> prints after each rebuild, <c>reconstruction : N pages réécrites en T ms</c>, where T runs
/// from the change being seen to the pages being served.
/// </summary>
public sealed partial record RebuildLine(int Pages, int Milliseconds)
{
    public static RebuildLine? TryParse(string line)
    {
        var match = Shape().Match(line);
        return match.Success
            ? new RebuildLine(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"^reconstruction : (\d+) pages? réécrites? en (\d+) ms$")]
    private static partial Regex Shape();
}
