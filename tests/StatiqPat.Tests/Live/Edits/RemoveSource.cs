namespace StatiqPat.Tests.Live.Edits;

/// <summary>A source document removed from sources.yml: the cases citing it no longer build.</summary>
public sealed record RemoveSource(int Pick) : SiteEdit
{
    public override void Apply(string input) =>
        InputText.Edit(Path.Combine(input, "sources.yml"), text => InputText.RemoveItem(text, "  - slug:", Pick));

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
