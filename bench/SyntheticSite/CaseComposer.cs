using System.Globalization;
using System.Text;

namespace SyntheticSite;

/// <summary>
/// Composes synthetic case sheets: front matter covering every vocabulary value, and a ~500-word body with
/// headings, a list, a table and internal links to territories, tools and other synthetic cases.
/// </summary>
public sealed class CaseComposer
{
    private const string NestedType = "poupees-russes";
    private const string NeighbourType = "bons-voisins";
    private const string AllianceType = "alliances-strategiques";
    private const string DistantType = "pairs-sans-frontieres";

    private readonly ReferenceData reference;
    private readonly Random random;
    private readonly int caseCount;
    private readonly IReadOnlyList<SyntheticTerritory> territories;
    private readonly Dictionary<string, SyntheticTerritory> bySlug;
    private readonly List<SyntheticTerritory> locals;
    private readonly IReadOnlyList<string> otherActorLevels;
    private readonly string numberFormat;

    public CaseComposer(ReferenceData reference, Random random, IReadOnlyList<SyntheticTerritory> territories, int caseCount)
    {
        this.reference = reference;
        this.random = random;
        this.caseCount = caseCount;
        this.territories = territories;
        bySlug = territories.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        locals = territories.Where(t => t.Level is TerritoryLevels.Syndicate or TerritoryLevels.Intercommunality or TerritoryLevels.Municipality).ToList();
        otherActorLevels = reference.Slugs("niveaux").Where(l => !TerritoryLevels.All.Contains(l)).ToList();
        numberFormat = "D" + Math.Max(5, caseCount.ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The file name (and slug) of case <paramref name="number"/>, zero-padded to at least five digits.</summary>
    public string Slug(int number) => $"cas-synthetique-{number.ToString(numberFormat, CultureInfo.InvariantCulture)}";

    public string Render(int number)
    {
        var type = random.Cover(reference.Slugs("types_cooperation"), number);
        var chosen = ChooseTerritories(type);
        var functions = random.CoverMany(reference.Slugs("fonctions"), number, 2);
        var themes = random.CoverMany(reference.Slugs("thematiques"), number, 2);
        var factors = random.CoverMany(reference.Slugs("facteurs"), number, 1);
        var spaces = random.CoverMany(reference.Slugs("espaces"), number, 1);
        var objects = random.CoverMany(reference.Slugs("objets"), number, 1);
        var degree = random.Cover(reference.Slugs("degres"), number);
        var formality = random.Cover(reference.Slugs("formalite"), number);
        var status = Status(number);
        var start = 2012 + random.Next(13);
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{A}"] = chosen[0].Name,
            ["{B}"] = chosen[1].Name,
            ["{fonction}"] = SheetFormat.Lower(reference.Label("fonctions", functions[0])),
            ["{thematique}"] = SheetFormat.Lower(reference.Label("thematiques", themes[0])),
            ["{type}"] = SheetFormat.Lower(reference.Label("types_cooperation", type)),
            ["{degre}"] = SheetFormat.Lower(reference.Label("degres", degree)),
            ["{formalite}"] = SheetFormat.Lower(reference.Label("formalite", formality)),
            ["{espace}"] = SheetFormat.Lower(reference.Label("espaces", spaces[0])),
            ["{objet}"] = SheetFormat.Lower(reference.Label("objets", objects[0])),
            ["{facteur}"] = SheetFormat.Lower(reference.Label("facteurs", factors[0])),
            ["{debut}"] = start.ToString(CultureInfo.InvariantCulture),
        };
        string Fill(string template) => tokens.Aggregate(template, (text, token) => text.Replace(token.Key, token.Value, StringComparison.Ordinal));

        var subject = Fill(random.Pick(CaseProse.Subjects));
        var actors = ChooseActors(chosen, number);

        var text = new StringBuilder();
        text.Line(0, "---");
        text.Field(0, "titre", $"Cas synthétique n° {number} : {char.ToUpperInvariant(subject[0])}{subject[1..]}");
        text.Line(0, "resume:");
        text.Field(1, "contexte", Fill("{A} et {B} cherchaient à mieux articuler leurs projets alimentaires autour de la fonction « {fonction} »."));
        text.Field(1, "innovation", Fill("Une coopération de type « {type} », au degré « {degre} », qui s'appuie sur un espace de type « {espace} »."));
        text.Field(1, "benefice", Fill("Des actions plus lisibles et des moyens partagés sur la thématique « {thematique} », au bénéfice des habitants des deux territoires."));
        text.Field(0, "statut", status);
        text.Items(0, "territoires", chosen.Select(t => t.Slug));
        WriteActors(text, actors);
        text.Field(0, "type", type);
        text.Field(0, "degre", degree);
        text.Field(0, "formalite", formality);
        text.Items(0, "fonctions", functions);
        text.Items(0, "espaces", spaces);
        text.Items(0, "objets", objects);
        text.Items(0, "thematiques", themes);
        text.Items(0, "facteurs", factors);
        text.Line(0, "periode:");
        text.Field(1, "debut", start);
        if (random.Next(5) < 3)
        {
            text.Field(1, "fin", start + 1 + random.Next(3));
        }

        var tools = random.PickDistinct(reference.Tools, 1 + random.Next(2));
        text.Items(0, "outils", tools);
        text.Line(0, "temoignages:");
        text.Line(1, $"- citation: {YamlScalar.Quote(random.Pick(CaseProse.Quotes))}");
        text.Field(2, "qui", random.Pick(CaseProse.Speakers));
        text.Field(2, "lieu", chosen[0].Name);
        text.Sources(reference.SourceFor(random, number), "Cas inventé pour mesurer les performances du générateur : ce document n'en dit rien, aucun fait réel n'y est décrit.");
        var added = SheetFormat.BaseDate.AddDays(number % 365);
        text.Date("ajoute_le", added);
        if (number % 5 == 0)
        {
            text.Date("mis_a_jour_le", added.AddDays(30));
        }

        text.Line(0, "---");
        text.Line(0, "");
        WriteBody(text, number, status, chosen, actors, tools, Fill);
        return text.ToString();
    }

    private string Status(int number)
    {
        var statuses = reference.Slugs("statuts");
        var usual = statuses.Contains("reel") ? "reel" : statuses[0];
        var others = statuses.Where(s => s != usual).ToList();
        return number % 7 == 2 && others.Count > 0 ? others[number / 7 % others.Count] : usual;
    }

    private List<SyntheticTerritory> ChooseTerritories(string type)
    {
        var anchor = random.Pick(locals);
        var chosen = new List<SyntheticTerritory> { anchor };
        void Add(IEnumerable<SyntheticTerritory> candidates)
        {
            var list = candidates.Where(c => !chosen.Contains(c)).ToList();
            if (list.Count > 0)
            {
                chosen.Add(random.Pick(list));
            }
        }

        switch (type)
        {
            case NestedType:
                Add(anchor.Parents);
                if (random.Next(2) == 0)
                {
                    Add(chosen[^1].Parents);
                }

                break;
            case NeighbourType:
                Add(anchor.Neighbours.Select(s => bySlug[s]));
                break;
            case AllianceType:
                Add(locals.Where(t => t.Region == anchor.Region && t.Departement != anchor.Departement));
                break;
            case DistantType:
                Add(locals.Where(t => t.Region != anchor.Region));
                break;
        }

        while (chosen.Count < 2 || (chosen.Count == 2 && random.Next(4) == 0))
        {
            Add(territories);
        }

        return chosen;
    }

    private List<CaseActor> ChooseActors(List<SyntheticTerritory> chosen, int number)
    {
        var roles = reference.Slugs("roles");
        var actors = chosen.Take(2)
            .Select((t, i) => new CaseActor(t.Name, t, t.Level, i == 0 ? random.CoverMany(roles, number, 1) : random.PickDistinct(roles, 1 + random.Next(2))))
            .ToList();

        if (otherActorLevels.Count > 0 && (number <= otherActorLevels.Count || random.Next(2) == 0))
        {
            var level = random.Cover(otherActorLevels, number);
            actors.Add(new CaseActor(OtherActorName(level), null, level, random.PickDistinct(roles, 1)));
        }
        else if (chosen.Count > 2)
        {
            actors.Add(new CaseActor(chosen[2].Name, chosen[2], chosen[2].Level, random.PickDistinct(roles, 1)));
        }

        return actors;
    }

    private string OtherActorName(string level) => level switch
    {
        "etat" => random.Pick(["DRAAF (antenne synthétique)", "ADEME (direction régionale synthétique)", "DDT synthétique"]),
        "acteur-non-public" => random.Pick(["Association synthétique Terres Communes", "Groupement synthétique d'agriculteurs bio",
            "Laboratoire de recherche synthétique", "Bureau d'études synthétique"]),
        _ => $"Structure synthétique ({SheetFormat.Lower(reference.Label("niveaux", level))})",
    };

    private static void WriteActors(StringBuilder text, List<CaseActor> actors)
    {
        text.Line(0, "acteurs:");
        foreach (var actor in actors)
        {
            text.Line(1, $"- nom: {YamlScalar.Text(actor.Name)}");
            if (actor.Territory is not null)
            {
                text.Field(2, "territoire", actor.Territory.Slug);
            }

            text.Field(2, "niveau", actor.Level);
            text.Items(2, "roles", actor.Roles);
        }
    }

    private void WriteBody(StringBuilder text, int number, string status, List<SyntheticTerritory> chosen,
        List<CaseActor> actors, List<string> tools, Func<string, string> fill)
    {
        string Sentences(string[] bank, int count) => string.Join(" ", random.PickDistinct(bank, count).Select(fill));

        text.Line(0, "## Contexte");
        text.Line(0, "");
        text.Line(0, $"{Sentences(CaseProse.Context, 3)} Pour situer la démarche, [voir le territoire](territoire:{chosen[0].Slug}).");
        text.Line(0, "");
        text.Line(0, Sentences(CaseProse.Context, 2));
        if (status != "reel")
        {
            text.Line(0, "");
            text.Line(0, "Ce projet est fictif : il a été imaginé en atelier et n'a pas été mené.");
        }

        text.Line(0, "");
        text.Line(0, "## Ce que la coopération a changé");
        text.Line(0, "");
        text.Line(0, Sentences(CaseProse.Action, 4));
        text.Line(0, "");
        text.Line(0, Sentences(CaseProse.Action, 3));
        text.Line(0, "");
        text.Line(0, "## Les étapes clés");
        text.Line(0, "");
        foreach (var step in random.PickDistinct(CaseProse.Steps, 5))
        {
            text.Line(0, $"- {fill(step)}");
        }

        text.Line(0, "");
        text.Line(0, "## Qui fait quoi");
        text.Line(0, "");
        text.Line(0, "| Structure | Niveau | Rôles |");
        text.Line(0, "| --- | --- | --- |");
        foreach (var actor in actors)
        {
            var roles = string.Join(" ; ", actor.Roles.Select(r => SheetFormat.Lower(reference.Label("roles", r))));
            text.Line(0, $"| {actor.Name} | {reference.Label("niveaux", actor.Level)} | {roles} |");
        }

        text.Line(0, "");
        text.Line(0, "## Ce que les territoires en retiennent");
        text.Line(0, "");
        text.Line(0, Sentences(CaseProse.Lessons, 3));
        text.Line(0, "");
        text.Line(0, Sentences(CaseProse.Lessons, 2));
        text.Line(0, "");
        text.Line(0, "## Pour aller plus loin");
        text.Line(0, "");
        text.Line(0, $"- Le partenaire principal : [voir le territoire](territoire:{chosen[1].Slug}).");
        foreach (var tool in tools)
        {
            text.Line(0, $"- La démarche a été lancée avec [l'outil](outil:{tool}) proposé sur ce site.");
        }

        if (caseCount > 1)
        {
            var other = 1 + random.Next(caseCount - 1);
            other = other >= number ? other + 1 : other;
            text.Line(0, $"- Une démarche comparable : [un autre cas](cas:{Slug(other)}).");
        }
    }
}
