namespace StatiqPat.Tests.Live.Edits;

/// <summary>A paragraph added at the end of a sheet's body: its front matter, which other pages show, is unchanged.</summary>
public sealed record AppendParagraph(string Folder, int Pick, int N) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, Folder), Pick) is { } sheet)
        {
            File.AppendAllText(sheet, $"\nParagraphe ajouté n° {N}.\n");
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
