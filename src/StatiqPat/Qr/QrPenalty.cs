namespace StatiqPat.Qr;

/// <summary>
/// The four penalty rules of the QR code standard (ISO/IEC 18004, 7.8.3), by which an encoder picks the mask that
/// leaves the fewest patterns a reader could mistake: long runs of one colour, 2×2 blocks, finder-like sequences
/// and an unbalanced share of dark modules. Written over a flat array, without branches that depend on the
/// modules (a code's modules look random, so such branches are mispredicted half the time): a few microseconds
/// per mask, where the libraries' versions took most of the time of a code.
/// </summary>
public static class QrPenalty
{
    // Finder-like sequences read in a line, newest module in the lowest bit: four light modules then
    // dark-light-dark-dark-dark-light-dark, the same sequence then four light, and the sequence with four light
    // modules on both sides.
    private const int LightBefore = 0b0000_1011101;
    private const int LightAfter = 0b1011101_0000;
    private const int LightAround = 0b0000_1011101_0000;

    public static int Of(bool[] dark, int size)
    {
        var penalty = 0;
        for (var i = 0; i < size; i++)
        {
            penalty += Line(dark, i * size, 1, size) + Line(dark, i, size, size);
        }

        return penalty + Blocks(dark, size) + Balance(dark);
    }

    /// <summary>
    /// Rules 1 and 3 along one row or column: three points for each run of five modules of one colour and one for
    /// each module beyond five; forty for each finder-like sequence with four light modules on one side at least.
    /// </summary>
    private static int Line(bool[] dark, int start, int step, int size)
    {
        var (penalty, length, window, finders) = (0, 1, dark[start] ? 1 : 0, 0);
        for (var j = 1; j < size; j++)
        {
            var module = dark[start + (j * step)] ? 1 : 0;
            var same = module == (window & 1) ? 1 : 0;
            penalty += (1 - same) * (length >= 5 ? length - 2 : 0);
            length = (same * length) + 1;

            window = ((window << 1) | module) & 0x7FFF;
            // Each sequence counts once for its first dark module: x = j - 6 when the light modules come before
            // (they must lie in the line, j >= 10), x = j - 10 when they come after; one that has both is counted
            // by each of the two tests, so it is taken off once.
            finders += (j >= 10 && (window & 0x7FF) == LightBefore ? 1 : 0)
                + (j >= 10 && (window & 0x7FF) == LightAfter ? 1 : 0)
                - (j >= 14 && window == LightAround ? 1 : 0);
        }

        return penalty + (length >= 5 ? length - 2 : 0) + (40 * finders);
    }

    /// <summary>Rule 2: three points for each 2×2 block of one colour.</summary>
    private static int Blocks(bool[] dark, int size)
    {
        var blocks = 0;
        for (var y = 0; y + 1 < size; y++)
        {
            for (var x = 0; x + 1 < size; x++)
            {
                var i = (y * size) + x;
                var first = dark[i];
                blocks += (first == dark[i + 1]) & (first == dark[i + size]) & (first == dark[i + size + 1]) ? 1 : 0;
            }
        }

        return 3 * blocks;
    }

    /// <summary>Rule 4: ten points for each five per cent the share of dark modules strays from half.</summary>
    private static int Balance(bool[] dark)
    {
        var count = 0;
        foreach (var module in dark)
        {
            count += module ? 1 : 0;
        }

        return Math.Abs((count * 2) - dark.Length) * 10 / dark.Length * 10;
    }
}
