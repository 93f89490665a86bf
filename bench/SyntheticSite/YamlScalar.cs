using System.Globalization;

namespace SyntheticSite;

/// <summary>Writes a text value as a YAML scalar, double-quoted whenever a plain scalar could be misread.</summary>
public static class YamlScalar
{
    private const string SpecialStarts = "-?:,[]{}#&*!|>'\"%@`";
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Text(string value) => NeedsQuotes(value) ? Quote(value) : value;

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || SpecialStarts.Contains(value[0], StringComparison.Ordinal)
        || char.IsWhiteSpace(value[0])
        || char.IsWhiteSpace(value[^1])
        || value.EndsWith(':')
        || value.Contains(": ", StringComparison.Ordinal)
        || value.Contains(" #", StringComparison.Ordinal)
        || value.Contains('\n', StringComparison.Ordinal)
        || value.Contains('\t', StringComparison.Ordinal)
        || Reserved.Contains(value.ToLowerInvariant())
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
