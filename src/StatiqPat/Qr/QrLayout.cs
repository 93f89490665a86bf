using ZXing.QrCode.Internal;

namespace StatiqPat.Qr;

/// <summary>
/// What a QR code of one version looks like before its data: which modules carry data (the mask applies to them
/// only), where each of the eight masks writes its format information, and each mask's pattern. It depends only
/// on the version, so it is worked out once per version with ZXing's own drawing routines.
/// </summary>
public sealed class QrLayout
{
    public const int MaskCount = 8;

    // ZXing marks a module not drawn yet with this value.
    private const byte Empty = 2;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, QrLayout> Known = new();

    private QrLayout(int size, bool[] isData, (int Index, bool Dark)[][] format, bool[][] masks)
    {
        (Size, IsData, Format, Masks) = (size, isData, format, masks);
    }

    public int Size { get; }

    /// <summary>True where a module carries data, row by row.</summary>
    public bool[] IsData { get; }

    /// <summary>For each mask, the format information modules and their colour.</summary>
    public (int Index, bool Dark)[][] Format { get; }

    /// <summary>For each mask, true where it flips a module, row by row.</summary>
    public bool[][] Masks { get; }

    public static QrLayout For(ZXing.QrCode.Internal.Version version, ErrorCorrectionLevel level) =>
        Known.GetOrAdd(version.VersionNumber * 4 + level.ordinal(), _ => Build(version, level));

    private static QrLayout Build(ZXing.QrCode.Internal.Version version, ErrorCorrectionLevel level)
    {
        var size = version.DimensionForVersion;
        var patterns = new ByteMatrix(size, size);
        MatrixUtil.clearMatrix(patterns);
        MatrixUtil.embedBasicPatterns(version, patterns);
        MatrixUtil.maybeEmbedVersionInfo(version, patterns);

        var format = new (int, bool)[MaskCount][];
        var isData = new bool[size * size];
        for (var mask = 0; mask < MaskCount; mask++)
        {
            var withFormat = new ByteMatrix(size, size);
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    withFormat[x, y] = patterns[x, y];
                }
            }

            MatrixUtil.embedTypeInfo(level, mask, withFormat);
            var written = new List<(int, bool)>();
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    if (patterns[x, y] == Empty && withFormat[x, y] != Empty)
                    {
                        written.Add((y * size + x, withFormat[x, y] == 1));
                    }

                    isData[y * size + x] = withFormat[x, y] == Empty;
                }
            }

            format[mask] = [.. written];
        }

        var masks = new bool[MaskCount][];
        for (var mask = 0; mask < MaskCount; mask++)
        {
            masks[mask] = new bool[size * size];
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    masks[mask][y * size + x] = MaskUtil.getDataMaskBit(mask, x, y);
                }
            }
        }

        return new QrLayout(size, isData, format, masks);
    }
}
