using AngleSharp.Html.Parser;
using StatiqPat.Generated.Publishing;

namespace StatiqPat.Tests;

public sealed class QrCodeTests
{
    [Fact]
    public void A_qr_code_is_a_scalable_inline_svg_without_inline_style_so_the_csp_allows_it()
    {
        var svg = QrCodes.Svg("https://cooperations-interpat.netlify.app/outils/carto-collective/");

        var document = new HtmlParser().ParseDocument($"<body>{svg}</body>");
        var root = document.QuerySelector("svg");
        Assert.NotNull(root);
        Assert.NotNull(root!.GetAttribute("viewBox"));
        Assert.Empty(document.QuerySelectorAll("[style], style"));
        Assert.NotEmpty(root.Children);
    }
}
