namespace StatiqPat.Tests.Live.Edits;

/// <summary>
/// An image added to input/images/, shown in a case's body or not (then it is a warning and is not published); a
/// broken one (a .png that is not one) fails the build.
/// </summary>
public sealed record AddImage(ImageFormat Format, bool Shown, int N) : SiteEdit
{
    // One green pixel: a complete, valid PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGPwreH/DwADygHYNMA9UAAAAABJRU5ErkJggg==");

    public override void Apply(string input)
    {
        var name = $"images/ajout-{N}.{(Format == ImageFormat.Svg ? "svg" : "png")}";
        var path = Path.Combine(input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (Format)
        {
            case ImageFormat.Png:
                File.WriteAllBytes(path, Png);
                break;
            case ImageFormat.Svg:
                File.WriteAllText(path, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="{N % 10 + 1}" height="10" fill="#1f78b4"/></svg>""");
                break;
            default:
                File.WriteAllText(path, "pas une image");
                break;
        }

        if (Shown && InputText.Pick(InputText.Files(input, "cas"), 0) is { } sheet)
        {
            File.AppendAllText(sheet, $"\n![Une image ajoutée]({name})\n");
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Format == ImageFormat.Svg ? [] : [this with { Format = ImageFormat.Svg }];
}
