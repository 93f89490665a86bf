using System.Globalization;
using System.Text;
using QRCoder;

namespace StatiqPat.Pages;

/// <summary>
/// QR codes of a sheet's permanent address, drawn at build time as inline SVG: a printed tool sheet handed out
/// in a workshop leads back to the site, with no image file and no request anywhere. QRCoder computes the code;
/// the drawing is one path with one rectangle per horizontal run of dark modules, a few times smaller than a
/// square per module, which matters on ten thousand case pages.
/// </summary>
public static class QrCodes
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder(size * size / 2);
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                var length = x - start + 1;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{length}v1h-{length}z");
            }
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }
}
