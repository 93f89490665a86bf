using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StatiqPat.Qr;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace StatiqPat.Tests;

public sealed partial class QrCodeTests
{
    private const string Address = "https://cooperations-interpat.netlify.app/outils/carto-collective/";

    [Fact]
    public void A_qr_code_is_a_scalable_inline_svg_without_inline_style_so_the_csp_allows_it()
    {
        var document = new HtmlParser().ParseDocument($"<body>{QrCodes.Svg(Address)}</body>");
        var root = document.QuerySelector("svg");
        Assert.NotNull(root);
        Assert.NotNull(root!.GetAttribute("viewBox"));
        Assert.Empty(document.QuerySelectorAll("[style], style"));
        Assert.NotEmpty(root.Children);
    }

    [Theory]
    [InlineData(Address)]
    [InlineData("https://cooperations-interpat.netlify.app/cas/la-chaine-de-l-action-fonciere-dans-les-bouches-du-rhone/")]
    // Long enough for a version 7 symbol and more, which carries version information blocks.
    [InlineData("https://cooperations-interpat.netlify.app/territoires/communaute-de-communes-des-hautes-vosges-et-du-pays-de-remiremont-et-de-ses-vallees/page/2/")]
    public void The_drawn_code_reads_back_as_the_address_with_a_decoder(string url)
    {
        var document = new HtmlParser().ParseDocument($"<body>{QrCodes.Svg(url)}</body>");
        var size = int.Parse(document.QuerySelector("svg")!.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var dark = Paint(document.QuerySelector("svg path")!.GetAttribute("d")!, size);

        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(Luminance(dark, size, scale: 4))));

        Assert.NotNull(result);
        Assert.Equal(url, result.Text);
    }

    [Fact]
    public void The_mask_chosen_is_the_one_zxings_own_encoder_chooses_so_the_symbol_is_the_same()
    {
        // Addresses of every length from a short slug to a version 10 symbol, with varied content.
        var addresses = Enumerable.Range(1, 240).Select(i =>
            $"https://cooperations-interpat.netlify.app/cas/{string.Concat(Enumerable.Range(0, i % 160).Select(k => (char)('a' + ((i * 7) + (k * 13)) % 26)))}-{i}/");
        var masks = new HashSet<int>();
        foreach (var address in addresses)
        {
            var (dark, size) = StatiqPat.Qr.QrMatrix.Of(address);
            var expected = ZXing.QrCode.Internal.Encoder.encode(address, ZXing.QrCode.Internal.ErrorCorrectionLevel.M);
            masks.Add(expected.MaskPattern);
            Assert.Equal(expected.Matrix.Width, size);
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    Assert.True(expected.Matrix[x, y] == 1 == dark[(y * size) + x], $"{address}: module ({x}, {y}) differs");
                }
            }
        }

        // The comparison means something only if ZXing chose several masks over these addresses.
        Assert.True(masks.Count >= 6, $"masks chosen: {string.Join(", ", masks)}");
    }

    /// <summary>
    /// Fills the module grid from the path: "M x y.5 h n" starts a row's first run of n dark modules, each
    /// following "m d 0 h n" starts a run d modules after the end of the previous one.
    /// </summary>
    private static bool[,] Paint(string path, int size)
    {
        var dark = new bool[size, size];
        var runs = RunPattern().Matches(path);
        Assert.NotEmpty(runs);
        Assert.Equal(path.Length, runs.Sum(r => r.Length));
        var (pen, y) = (0, -1);
        foreach (Match run in runs)
        {
            if (run.Groups["row"].Success)
            {
                (pen, y) = (Number(run, "x"), Number(run, "row"));
            }
            else
            {
                Assert.True(y >= 0, "a relative run before any row");
                pen += Number(run, "gap");
            }

            var length = Number(run, "length");
            for (var i = 0; i < length; i++)
            {
                dark[y, pen + i] = true;
            }

            pen += length;
        }

        return dark;
    }

    private static RGBLuminanceSource Luminance(bool[,] dark, int size, int scale)
    {
        var pixels = new byte[size * scale * size * scale];
        for (var py = 0; py < size * scale; py++)
        {
            for (var px = 0; px < size * scale; px++)
            {
                pixels[(py * size * scale) + px] = dark[py / scale, px / scale] ? (byte)0 : (byte)255;
            }
        }

        return new RGBLuminanceSource(pixels, size * scale, size * scale, RGBLuminanceSource.BitmapFormat.Gray8);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:M(?<x>\d+) (?<row>\d+)\.5|m(?<gap>\d+) 0)h(?<length>\d+)")]
    private static partial Regex RunPattern();
}
