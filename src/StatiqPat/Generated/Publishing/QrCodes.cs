using QRCoder;

namespace StatiqPat.Generated.Publishing;

/// <summary>
/// QR codes of a sheet's permanent address, drawn at build time as inline SVG: a printed tool sheet handed out
/// in a workshop leads back to the site, with no image file and no request anywhere.
/// </summary>
public static class QrCodes
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg;
    }
}
