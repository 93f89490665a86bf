using System.Text;

namespace SyntheticSite;

/// <summary>Writes the whole synthetic input folder. One seeded <see cref="Random"/>, used in a fixed order, makes runs reproducible.</summary>
public sealed class SiteGenerator(GeneratorOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public (int Cases, int Territories) Run()
    {
        InputCopier.Prepare(options.Input, options.Output);
        var reference = ReferenceData.Load(options.Input);
        foreach (var level in TerritoryLevels.All)
        {
            if (!reference.Has("niveaux", level))
            {
                throw new InvalidDataException($"vocabulaire.yml has no « niveaux » value '{level}', needed to nest synthetic territories");
            }
        }

        var random = new Random(42);
        var territories = new TerritoryPlanner(reference, random).Plan(TerritoryPlanner.CountFor(options.Cases));
        var territoryWriter = new TerritoryWriter(reference, random);
        for (var i = 0; i < territories.Count; i++)
        {
            var path = Path.Combine(options.Output, "territoires", territories[i].Slug + ".md");
            File.WriteAllText(path, territoryWriter.Render(territories[i], i + 1), Utf8);
        }

        var composer = new CaseComposer(reference, random, territories, options.Cases);
        for (var number = 1; number <= options.Cases; number++)
        {
            var path = Path.Combine(options.Output, "cas", composer.Slug(number) + ".md");
            File.WriteAllText(path, composer.Render(number), Utf8);
        }

        return (options.Cases, territories.Count);
    }
}
