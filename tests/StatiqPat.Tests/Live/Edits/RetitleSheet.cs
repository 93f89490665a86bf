namespace StatiqPat.Tests.Live.Edits;

/// <summary>A new title for a case, a tool or an editorial page.</summary>
public sealed record RetitleSheet(string Folder, int Pick, int N) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, Folder), Pick) is { } sheet)
        {
            InputText.Edit(sheet, text => InputText.SetField(text, "titre", $"Titre n° {N}"));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
