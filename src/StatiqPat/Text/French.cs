using System.Globalization;

namespace StatiqPat.Text;

/// <summary>
/// French formatting done by hand: the build runs with invariant globalization (no ICU data, same bytes
/// on every machine), so month names and number forms are spelled out here.
/// </summary>
public static class French
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Date(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}";

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    public static string Minutes(int minutes) => minutes switch
    {
        < 60 => $"{minutes} min",
        _ when minutes % 60 == 0 => $"{minutes / 60} h",
        _ => $"{minutes / 60} h {minutes % 60:00}",
    };

    public static string? Minutes(int? minutes) => minutes is { } value ? Minutes(value) : null;

    public static string Period(int? start, int? end) => (start, end) switch
    {
        ({ } s, { } e) when s == e => s.ToString(CultureInfo.InvariantCulture),
        ({ } s, { } e) => $"{s} – {e}",
        ({ } s, null) => $"depuis {s}",
        (null, { } e) => $"jusqu'en {e}",
        _ => "",
    };

    public static string Count(int count, string singular, string plural) =>
        $"{count} {(count > 1 ? plural : singular)}";
}
