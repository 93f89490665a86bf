using ZXing;
using ZXing.QrCode.Internal;

namespace StatiqPat.Qr;

/// <summary>
/// The modules of a QR code. ZXing encodes the data and draws the symbol once, with the first mask; the mask is
/// then chosen here, as the standard asks, by the penalty of each of the eight, computed on a flat copy.
/// ZXing's own choice draws the symbol eight times and scores each more slowly: it was 85 % of a code's cost,
/// and the codes of 10,000 case pages took 8 s of processor time. The result is the same symbol (a test
/// compares the two over many addresses).
/// </summary>
public static class QrMatrix
{
    private static readonly Dictionary<EncodeHintType, object> FirstMask = new() { [EncodeHintType.QR_MASK_PATTERN] = 0 };

    /// <summary>The dark modules of <paramref name="text"/>'s code at error correction level M, row by row, without the quiet zone.</summary>
    public static (bool[] Dark, int Size) Of(string text)
    {
        var code = Encoder.encode(text, ErrorCorrectionLevel.M, FirstMask);
        var layout = QrLayout.For(code.Version, ErrorCorrectionLevel.M);
        var size = layout.Size;
        var drawn = code.Matrix.Array;
        var unmasked = new bool[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var i = (y * size) + x;
                unmasked[i] = (drawn[y][x] == 1) ^ (layout.IsData[i] && layout.Masks[0][i]);
            }
        }

        var (best, bestPenalty) = (Array.Empty<bool>(), int.MaxValue);
        for (var mask = 0; mask < QrLayout.MaskCount; mask++)
        {
            var candidate = Masked(unmasked, layout, mask);
            var penalty = QrPenalty.Of(candidate, size);
            // The first mask wins a tie, as in ZXing's encoder.
            if (penalty < bestPenalty)
            {
                (best, bestPenalty) = (candidate, penalty);
            }
        }

        return (best, size);
    }

    private static bool[] Masked(bool[] unmasked, QrLayout layout, int mask)
    {
        var modules = new bool[unmasked.Length];
        var flips = layout.Masks[mask];
        for (var i = 0; i < modules.Length; i++)
        {
            modules[i] = unmasked[i] ^ (layout.IsData[i] && flips[i]);
        }

        foreach (var (index, dark) in layout.Format[mask])
        {
            modules[index] = dark;
        }

        return modules;
    }
}
