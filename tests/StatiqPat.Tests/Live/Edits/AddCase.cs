using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live.Edits;

/// <summary>A new case, copied from the fixture's real case under another title.</summary>
public sealed record AddCase(int N) : SiteEdit
{
    public override void Apply(string input)
    {
        var model = File.ReadAllText(Path.Combine(Repository.Fixture("site"), "cas", "cas-reel.md"));
        File.WriteAllText(Path.Combine(input, "cas", $"ajout-{N}.md"), InputText.SetField(model, "titre", $"Cas ajouté n° {N}"));
    }
}
