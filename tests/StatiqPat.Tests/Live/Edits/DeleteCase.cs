namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case file deleted.</summary>
public sealed record DeleteCase(int Pick) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet)
        {
            File.Delete(sheet);
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
