namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case moved to another cell of the typology (its type and degree of cooperation).</summary>
public sealed record SetTypology(int Pick, string Type, string Degree) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet)
        {
            InputText.Edit(sheet, text => InputText.SetField(InputText.SetField(text, "type", Type), "degre", Degree));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
