using FsCheck;
using FsCheck.Fluent;

namespace StatiqPat.Tests.Live.Edits;

/// <summary>Generates sequences of <see cref="SiteEdit"/>s and shrinks a failing one to fewer and simpler edits.</summary>
public static class SiteEdits
{
    private static readonly string[] Titled = ["cas", "outils", "pages"];
    private static readonly string[] Bodies = ["cas", "outils", "territoires", "pages"];
    private static readonly string[] Types = ["poupees-russes", "bons-voisins", "alliances-strategiques", "pairs-sans-frontieres"];
    private static readonly string[] Degrees = ["copilotage", "mutualisation", "coordination", "interconnaissance"];
    private static readonly string[] Levels = ["aucun", "leger", "moyen", "fort"];

    // Slugs each listed once in vocabulaire.yml, several used by the fixture's sheets or thesaurus.
    private static readonly string[] Renamable = ["poupees-russes", "pionnier", "intercommunalite", "eduquer", "fictif", "fort"];

    public static Arbitrary<EditSequence> Sequences(int maxLength) => Arb.From(
        from count in Gen.Choose(1, maxLength)
        from edits in Gen.ArrayOf(Any(), count)
        select new EditSequence(edits),
        Shrink);

    /// <summary>Fewer edits first (half, then one less), then each edit made simpler in place.</summary>
    public static IEnumerable<EditSequence> Shrink(EditSequence sequence)
    {
        var edits = sequence.Edits;
        if (edits.Count > 2)
        {
            yield return new EditSequence([.. edits.Take(edits.Count / 2)]);
            yield return new EditSequence([.. edits.Skip(edits.Count / 2)]);
        }

        for (var i = 0; i < edits.Count; i++)
        {
            yield return new EditSequence([.. edits.Where((_, j) => j != i)]);
        }

        for (var i = 0; i < edits.Count; i++)
        {
            foreach (var simpler in edits[i].Simpler())
            {
                var at = i;
                yield return new EditSequence([.. edits.Select((edit, j) => j == at ? simpler : edit)]);
            }
        }
    }

    private static Gen<SiteEdit> Any()
    {
        var pick = Gen.Choose(0, 3);
        var n = Gen.Choose(0, 99);
        var flag = Gen.Elements(true, false);
        return Gen.OneOf(
            from folder in Gen.Elements(Titled) from p in pick from k in n select (SiteEdit)new RetitleSheet(folder, p, k),
            from k in n select (SiteEdit)new AddCase(k),
            from p in pick from k in n select (SiteEdit)new RenameCase(p, k),
            from p in pick select (SiteEdit)new DeleteCase(p),
            from p in pick select (SiteEdit)new BreakCase(p),
            Gen.Constant((SiteEdit)new RestoreInput()),
            from folder in Gen.Elements(Bodies) from p in pick from k in n select (SiteEdit)new AppendParagraph(folder, p, k),
            from p in pick from type in Gen.Elements(Types) from degree in Gen.Elements(Degrees) select (SiteEdit)new SetTypology(p, type, degree),
            from p in pick from status in Gen.Elements("reel", "fictif") select (SiteEdit)new SetStatus(p, status),
            from p in pick from k in n select (SiteEdit)new RenameTerritory(p, k),
            from p in pick select (SiteEdit)new MoveCaseTerritory(p),
            from p in pick from level in Gen.Elements(Levels) select (SiteEdit)new SetEngagement(p, level),
            from slug in Gen.Elements(Renamable) from update in flag select (SiteEdit)new RenameVocabularyValue(slug, update),
            from k in n from with in flag select (SiteEdit)new AddThesaurusGroup(k, with),
            from p in pick select (SiteEdit)new RemoveThesaurusGroup(p),
            from k in n from p in pick from cited in flag select (SiteEdit)new AddSource(k, p, cited),
            from p in pick select (SiteEdit)new RemoveSource(p),
            from change in Gen.Elements(Enum.GetValues<SequenceChange>()) from k in n select (SiteEdit)new ChangeSequence(change, k),
            from format in Gen.Elements(Enum.GetValues<ImageFormat>()) from shown in flag from k in n select (SiteEdit)new AddImage(format, shown, k),
            from p in pick select (SiteEdit)new RemoveImage(p));
    }
}
