namespace StatiqPat.Tests.Live.Edits;

/// <summary>A case file renamed: its address changes, and links to the old name break.</summary>
public sealed record RenameCase(int Pick, int N) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "cas"), Pick) is { } sheet && !File.Exists(Path.Combine(input, "cas", $"renomme-{N}.md")))
        {
            File.Move(sheet, Path.Combine(input, "cas", $"renomme-{N}.md"));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
