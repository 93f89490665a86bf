using System.Globalization;

namespace SyntheticSite;

/// <summary>Command-line options: <c>--cases N --out DIR [--input input]</c>.</summary>
public sealed record GeneratorOptions(int Cases, string Output, string Input)
{
    public const string Usage = "usage: SyntheticSite --cases N --out DIR [--input input]";

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        int? cases = null;
        string? output = null;
        var input = "input";
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
                case "--cases":
                    cases = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n
                        : throw new ArgumentException($"--cases expects a positive integer, not '{value}'");
                    break;
                case "--out":
                    output = value;
                    break;
                case "--input":
                    input = value;
                    break;
                default:
                    throw new ArgumentException($"unknown option {name}\n{Usage}");
            }
        }

        if (cases is null || output is null)
        {
            throw new ArgumentException(Usage);
        }

        return new GeneratorOptions(cases.Value, output, input);
    }
}
