namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case whose front matter loses its « --- » lines: the build fails until it is repaired or restored.</summary>
public sealed record BreakCase(int Pick) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet)
        {
            InputText.Edit(sheet, text => text.Replace("---\n", "", StringComparison.Ordinal));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
