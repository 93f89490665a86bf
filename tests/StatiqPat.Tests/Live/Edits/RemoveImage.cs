namespace StatiqPat.Tests.Live.Edits;

/// <summary>An image deleted from input/images/: a sheet still showing it no longer builds.</summary>
public sealed record RemoveImage(int Pick) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "images", "*"), Pick) is { } image)
        {
            File.Delete(image);
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
