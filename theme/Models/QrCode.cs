namespace StatiqPat.Theme.Models;

/// <summary>A printed sheet's QR code: the SVG file written beside the page, and the address it encodes.</summary>
/// <param name="ImageUrl">Root-relative address of the SVG file.</param>
/// <param name="Svg">The file's text.</param>
/// <param name="Side">Width and height of the drawing in modules, for the image's intrinsic size.</param>
public sealed record QrCode(string ImageUrl, string Svg, int Side);
