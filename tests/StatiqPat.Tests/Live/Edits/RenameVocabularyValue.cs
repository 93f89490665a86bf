namespace StatiqPat.Tests.Live.Edits;

/// <summary>
/// A vocabulary value's slug renamed in vocabulaire.yml, with the sheets and reference files that use it updated or
/// not (then the build fails: they name a value that no longer exists).
/// </summary>
public sealed record RenameVocabularyValue(string Slug, bool UpdateUses) : SiteEdit
{
    private static readonly string[] Uses = ["cas", "outils", "territoires", "pages"];

    public override void Apply(string input)
    {
        var renamed = Slug + "-bis";
        InputText.Edit(Path.Combine(input, "vocabulaire.yml"), text => text.Replace($"  - slug: {Slug}\n", $"  - slug: {renamed}\n", StringComparison.Ordinal));
        if (!UpdateUses)
        {
            return;
        }

        var files = Uses.SelectMany(folder => InputText.Files(input, folder))
            .Concat(new[] { "thesaurus.yml", "ateliers.yml" }.Select(name => Path.Combine(input, name)).Where(File.Exists));
        foreach (var file in files)
        {
            InputText.Edit(file, text => InputText.ReplaceSlug(text, Slug, renamed));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => UpdateUses ? [] : [this with { UpdateUses = true }];
}
