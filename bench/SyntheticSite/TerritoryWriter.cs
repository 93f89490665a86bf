using System.Globalization;
using System.Text;

namespace SyntheticSite;

/// <summary>Renders a <see cref="SyntheticTerritory"/> as a territory profile (front matter and a short body).</summary>
public sealed class TerritoryWriter(ReferenceData reference, Random random)
{
    public string Render(SyntheticTerritory territory, int number)
    {
        var functions = reference.Slugs("fonctions");
        var engagement = reference.Slugs("engagement");
        var roles = reference.Slugs("roles");

        var text = new StringBuilder();
        text.Line(0, "---");
        text.Field(0, "nom", territory.Name);
        text.Field(0, "niveau", territory.Level);
        text.Items(0, "parents", territory.Parents.Select(p => p.Slug));
        text.Items(0, "voisins", territory.Neighbours);
        if (territory.Departement is not null)
        {
            text.Field(0, "departement", territory.Departement);
        }

        text.Field(0, "region", territory.Region);
        if (number % 3 == 0)
        {
            var year = 2016 + random.Next(9);
            text.Line(0, "pat:");
            text.Field(1, "reconnu", random.Next(4) == 0 ? "non" : "oui");
            text.Field(1, "annee", year);
            text.Field(1, "niveau_reconnaissance", 1 + random.Next(2));
        }

        if (number % 4 != 0)
        {
            text.Line(0, "engagement:");
            foreach (var function in random.CoverMany(functions, number, 3))
            {
                text.Field(1, function, random.Cover(engagement, number));
            }
        }

        text.Items(0, "roles", random.CoverMany(roles, number, 1));
        if (number % 2 == 0)
        {
            text.Line(0, "coordonnees:");
            text.Line(1, string.Create(CultureInfo.InvariantCulture, $"latitude: {42.5 + random.NextDouble() * 8:0.0000}"));
            text.Line(1, string.Create(CultureInfo.InvariantCulture, $"longitude: {-4.5 + random.NextDouble() * 12:0.0000}"));
        }

        text.Sources(reference.SourceFor(random, number), "Profil inventé pour mesurer les performances du générateur : ce document n'en dit rien, aucune collectivité réelle n'y est décrite.");
        text.Date("ajoute_le", SheetFormat.BaseDate.AddDays(number % 365));
        text.Line(0, "---");
        text.Line(0, "");
        WriteBody(text, territory);
        return text.ToString();
    }

    private void WriteBody(StringBuilder text, SyntheticTerritory territory)
    {
        var level = SheetFormat.Lower(reference.Label("niveaux", territory.Level));
        text.Line(0, $"{territory.Name} est un territoire inventé de niveau « {level} », créé pour les bancs d'essai du site.");
        text.Line(0, "Son profil reprend la forme d'une vraie fiche : rattachements, voisins, engagement par fonction et rôles tenus.");
        text.Line(0, "");
        text.Line(0, "## Place dans la coopération");
        text.Line(0, "");
        foreach (var parent in territory.Parents)
        {
            text.Line(0, $"- Il s'inscrit dans [{parent.Name}](territoire:{parent.Slug}).");
        }

        if (territory.Neighbours.Count > 0)
        {
            var neighbour = random.Pick(territory.Neighbours.ToList());
            text.Line(0, $"- Il échange régulièrement avec [un territoire voisin](territoire:{neighbour}).");
        }

        text.Line(0, "- Ses équipes participent aux rencontres du réseau régional et partagent leurs retours d'expérience.");
    }
}
