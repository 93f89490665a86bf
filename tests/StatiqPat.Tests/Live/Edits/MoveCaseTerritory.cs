namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case moved from one fixture territory to the other.</summary>
public sealed record MoveCaseTerritory(int Pick) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet)
        {
            InputText.Edit(sheet, text => text.Contains("territoires:\n  - commune-a", StringComparison.Ordinal)
                ? text.Replace("territoires:\n  - commune-a", "territoires:\n  - interco-b", StringComparison.Ordinal)
                : text.Replace("territoires:\n  - interco-b", "territoires:\n  - commune-a", StringComparison.Ordinal));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
