namespace StatiqPat.Tests.Live.Edits;

/// <summary>A group of synonyms added to thesaurus.yml, tied to a vocabulary value or not.</summary>
public sealed record AddThesaurusGroup(int N, bool WithValue) : SiteEdit
{
    public override void Apply(string input)
    {
        var group = WithValue ? new[] { $"  - mots: [marché {N}, halle {N}]", "    niveau: commune" } : [$"  - mots: [marché {N}, halle {N}]"];
        InputText.Edit(Path.Combine(input, "thesaurus.yml"), text => InputText.InsertAfter(text, "groupes:", group));
    }

    public override IEnumerable<SiteEdit> Simpler() => WithValue ? [this with { WithValue = false }] : [];
}
