namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case turned real or fictitious.</summary>
public sealed record SetStatus(int Pick, string Status) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet)
        {
            InputText.Edit(sheet, text => InputText.SetField(text, "statut", Status));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
