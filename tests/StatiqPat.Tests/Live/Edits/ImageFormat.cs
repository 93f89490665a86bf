namespace StatiqPat.Tests.Live.Edits;

/// <summary>The file <see cref="AddImage"/> writes: a valid PNG, a plain SVG, or a .png that is not an image.</summary>
public enum ImageFormat
{
    Png,
    Svg,
    Broken,
}
