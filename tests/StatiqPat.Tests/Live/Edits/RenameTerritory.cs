namespace StatiqPat.Tests.Live.Edits;

/// <summary>A territory's displayed name changed: every case and list naming it shows the new one.</summary>
public sealed record RenameTerritory(int Pick, int N) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "territoires"), Pick) is { } profile)
        {
            InputText.Edit(profile, text => InputText.SetField(text, "nom", $"Territoire n° {N}"));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
