namespace StatiqPat.Tests.Live.Edits;

/// <summary>The workshop sequence of ateliers.yml retitled, given a step more, or a step fewer.</summary>
public sealed record ChangeSequence(SequenceChange Change, int N) : SiteEdit
{
    public override void Apply(string input) => InputText.Edit(Path.Combine(input, "ateliers.yml"), text => Change switch
    {
        SequenceChange.Retitle => text.Replace("    titre: ", $"    titre: Séquence n° {N}, ex-", StringComparison.Ordinal),
        SequenceChange.AddStep => InputText.InsertAfter(text, "    etapes:", "      - outils: [atelier-test]", $"        note: Temps n° {N}."),
        _ => InputText.RemoveItem(text, "      - ", N),
    });
}
