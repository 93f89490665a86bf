namespace StatiqPat.Tests.Live.Edits;

/// <summary>A group of synonyms removed from thesaurus.yml.</summary>
public sealed record RemoveThesaurusGroup(int Pick) : SiteEdit
{
    public override void Apply(string input) =>
        InputText.Edit(Path.Combine(input, "thesaurus.yml"), text => InputText.RemoveItem(text, "  - ", Pick));

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
