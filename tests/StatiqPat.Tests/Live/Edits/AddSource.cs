namespace StatiqPat.Tests.Live.Edits;

/// <summary>A source document added to sources.yml, cited by a case or not.</summary>
public sealed record AddSource(int N, int CitedBy, bool Cited) : SiteEdit
{
    public override void Apply(string input)
    {
        InputText.Edit(Path.Combine(input, "sources.yml"), text => InputText.InsertAfter(text, "sources:",
            $"  - slug: source-{N}", $"    reference: Source ajoutée n° {N}", "    couvre: Un document ajouté par le test."));
        if (Cited && InputText.Pick(InputText.Files(input, "cas"), CitedBy) is { } sheet)
        {
            InputText.Edit(sheet, text => InputText.InsertAfter(text, "sources:", $"  - source: source-{N}", "    apport: Un ajout."));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => CitedBy > 0 ? [this with { CitedBy = 0 }] : [];
}
