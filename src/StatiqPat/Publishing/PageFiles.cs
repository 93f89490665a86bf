using System.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// The files a page makes beside its HTML, from the same model: a matrix's CSV tables, a printed sheet's QR
/// code. They are written, kept and removed with the page.
/// </summary>
public static class PageFiles
{
    public static IReadOnlyList<OutputFile> Beside(PageModel model) => model switch
    {
        MatrixPageModel => MatrixCsv.Files(model),
        CasePageModel { Qr: { } code } => [QrFile(code)],
        ToolPageModel { Qr: { } code } => [QrFile(code)],
        _ => [],
    };

    private static OutputFile QrFile(QrCode code) => new(code.ImageUrl.TrimStart('/'), Encoding.UTF8.GetBytes(code.Svg));
}
