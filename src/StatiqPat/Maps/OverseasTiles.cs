using System.Globalization;

namespace StatiqPat.Maps;

/// <summary>
/// The map package draws metropolitan France only. Every other département of <c>geographie.yml</c> (the five
/// overseas ones) is drawn as a square tile in a column left of the mainland, named beside it, as French
/// maps show them in insets: the tile is a place to shade and link, not an outline.
/// </summary>
public static class OverseasTiles
{
    public const double Size = 32;
    public const double Left = -148;
    private const double Top = 30;
    private const double Pitch = 54;

    /// <summary>The width of the column, added left of the mainland's frame (room for « La Réunion » beside a tile).</summary>
    public const double ColumnWidth = 154;

    /// <summary>The names' size in map units: about 14 px on the large map at its widest.</summary>
    public const double FontSize = 16;

    public static double TopOf(int index) => Top + (index * Pitch);

    public static double Bottom(int count) => Top + (count * Pitch);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
