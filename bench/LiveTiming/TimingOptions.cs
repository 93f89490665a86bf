using System.Globalization;

namespace LiveTiming;

/// <summary>
/// Command-line options: <c>--cli DLL --input DIR --runs N --label TEXT [--output DIR] [--ready-timeout SECONDS]</c>.
/// </summary>
/// <param name="Output">Where <c>servir</c> writes the site; null means a temporary folder, deleted afterwards.</param>
/// <param name="ReadyTimeout">How long the first build may take: about 40 s for 10,000 cases on a small machine.</param>
public sealed record TimingOptions(string Cli, string Input, int Runs, string Label, string? Output, TimeSpan ReadyTimeout)
{
    public const string Usage =
        "usage: LiveTiming --cli StatiqPat.dll --input DIR --runs N --label TEXT [--output DIR] [--ready-timeout SECONDS]";

    public static TimingOptions Parse(IReadOnlyList<string> args)
    {
        string? cli = null, input = null, label = null, output = null;
        int? runs = null;
        var readyTimeout = TimeSpan.FromMinutes(10);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new ArgumentException(Usage);
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"missing value after {name}\n{Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--cli":
                    cli = value;
                    break;
                case "--input":
                    input = value;
                    break;
                case "--runs":
                    runs = PositiveInteger(name, value);
                    break;
                case "--label":
                    label = value;
                    break;
                case "--output":
                    output = value;
                    break;
                case "--ready-timeout":
                    readyTimeout = TimeSpan.FromSeconds(PositiveInteger(name, value));
                    break;
                default:
                    throw new ArgumentException($"unknown option {name}\n{Usage}");
            }
        }

        if (cli is null || input is null || runs is null || label is null)
        {
            throw new ArgumentException(Usage);
        }

        if (!File.Exists(cli))
        {
            throw new ArgumentException($"--cli: {cli} does not exist (build StatiqPat in Release first)");
        }

        if (!Directory.Exists(Path.Combine(input, "cas")))
        {
            throw new ArgumentException($"--input: {input} has no cas/ folder");
        }

        return new TimingOptions(cli, input, runs.Value, label, output, readyTimeout);
    }

    private static int PositiveInteger(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} expects a positive integer, not '{value}'");
}
