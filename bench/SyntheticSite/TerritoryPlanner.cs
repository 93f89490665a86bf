namespace SyntheticSite;

/// <summary>
/// Lays out the synthetic territories: régions → départements (both from geographie.yml) → syndicats and
/// intercommunalités → communes, linked by <c>parents</c>, with symmetric <c>voisins</c> among peers.
/// </summary>
public sealed class TerritoryPlanner(ReferenceData reference, Random random)
{
    private readonly PlaceNames places = new(random);

    /// <summary>About one territory per ten cases, at least 20.</summary>
    public static int CountFor(int cases) => Math.Max(20, cases / 10);

    public IReadOnlyList<SyntheticTerritory> Plan(int total)
    {
        var regionTerms = reference.List("regions");
        var departementTerms = reference.List("departements");
        var usableRegions = regionTerms.Where(r => departementTerms.Any(d => d.Parent == r.Slug)).ToArray();
        random.Shuffle(usableRegions);

        var regions = usableRegions.Take(Math.Clamp(total / 25, 2, usableRegions.Length))
            .Select(r => new SyntheticTerritory
            {
                Slug = $"region-synthetique-{r.Slug}",
                Name = $"Région {r.Label} (synthétique)",
                Level = TerritoryLevels.Region,
                Region = r.Slug,
            })
            .ToList();

        var departements = PlanDepartements(regions, departementTerms, Math.Clamp(total / 6, 2 * regions.Count, departementTerms.Count));
        var remaining = Math.Max(0, total - regions.Count - departements.Count);
        var intermediates = Math.Max(2, remaining * 3 / 10);
        var syndicates = PlanSyndicates(departements, Math.Max(1, intermediates / 3));
        var intercommunalities = PlanIntercommunalities(departements, syndicates, intermediates - syndicates.Count);
        var municipalities = PlanMunicipalities(departements, syndicates, intercommunalities,
            Math.Max(1, remaining - syndicates.Count - intercommunalities.Count));

        var all = regions.Concat(departements).Concat(syndicates).Concat(intercommunalities).Concat(municipalities).ToList();
        LinkNeighbours(all);
        return all;
    }

    private List<SyntheticTerritory> PlanDepartements(List<SyntheticTerritory> regions, IReadOnlyList<VocabularyTerm> terms, int count)
    {
        var pools = regions.ToDictionary(r => r, r =>
        {
            var pool = terms.Where(d => d.Parent == r.Region).ToArray();
            random.Shuffle(pool);
            return new Queue<VocabularyTerm>(pool);
        });

        var departements = new List<SyntheticTerritory>();
        while (departements.Count < count && pools.Values.Any(p => p.Count > 0))
        {
            foreach (var region in regions)
            {
                if (departements.Count < count && pools[region].TryDequeue(out var term))
                {
                    var departement = new SyntheticTerritory
                    {
                        Slug = $"departement-synthetique-{term.Slug}",
                        Name = $"{term.Label} (département synthétique)",
                        Level = TerritoryLevels.Departement,
                        Region = region.Region,
                        Departement = term.Slug,
                    };
                    departement.Parents.Add(region);
                    departements.Add(departement);
                }
            }
        }

        return departements;
    }

    private List<SyntheticTerritory> PlanSyndicates(List<SyntheticTerritory> departements, int count)
    {
        string[] kinds = ["PETR synthétique du Pays", "PNR synthétique", "Syndicat mixte synthétique"];
        return Enumerable.Range(1, count).Select(number =>
        {
            var departement = departements[(number - 1) % departements.Count];
            var syndicate = Below(departement, $"syndicat-synthetique-{number:D4}", $"{random.Pick(kinds)} {PlaceNames.Of(places.Next())}", TerritoryLevels.Syndicate);
            syndicate.Parents.Add(departement);
            return syndicate;
        }).ToList();
    }

    private List<SyntheticTerritory> PlanIntercommunalities(List<SyntheticTerritory> departements, List<SyntheticTerritory> syndicates, int count)
    {
        string[] kinds = ["Communauté de communes synthétique", "Communauté d'agglomération synthétique", "Métropole synthétique"];
        return Enumerable.Range(1, count).Select(number =>
        {
            var departement = departements[random.Next(departements.Count)];
            var epci = Below(departement, $"intercommunalite-synthetique-{number:D4}", $"{random.Pick(kinds)} {PlaceNames.Of(places.Next())}",
                TerritoryLevels.Intercommunality);
            var syndicate = InSameDepartement(syndicates, departement);
            epci.Parents.Add(syndicate is not null && random.Next(2) == 0 ? syndicate : departement);
            return epci;
        }).ToList();
    }

    private List<SyntheticTerritory> PlanMunicipalities(List<SyntheticTerritory> departements, List<SyntheticTerritory> syndicates,
        List<SyntheticTerritory> intercommunalities, int count)
    {
        return Enumerable.Range(1, count).Select(number =>
        {
            var departement = departements[random.Next(departements.Count)];
            var municipality = Below(departement, $"commune-synthetique-{number:D4}", $"{places.Next()} (commune synthétique)",
                TerritoryLevels.Municipality);
            var epci = InSameDepartement(intercommunalities, departement);
            var syndicate = InSameDepartement(syndicates, departement);
            if (epci is not null)
            {
                municipality.Parents.Add(epci);
                if (syndicate is not null && !epci.Parents.Contains(syndicate) && random.Next(4) == 0)
                {
                    // A commune inside both an EPCI and a PETR the EPCI does not belong to.
                    municipality.Parents.Add(syndicate);
                }
            }
            else
            {
                municipality.Parents.Add(syndicate ?? departement);
            }

            return municipality;
        }).ToList();
    }

    private static SyntheticTerritory Below(SyntheticTerritory departement, string slug, string name, string level) => new()
    {
        Slug = slug,
        Name = name,
        Level = level,
        Region = departement.Region,
        Departement = departement.Departement,
    };

    private SyntheticTerritory? InSameDepartement(List<SyntheticTerritory> candidates, SyntheticTerritory departement)
    {
        var matching = candidates.Where(c => c.Departement == departement.Departement).ToList();
        return matching.Count == 0 ? null : random.Pick(matching);
    }

    /// <summary>Peers of the same level in the same département (régions: all; départements: same région) form a chain, plus a few shortcuts.</summary>
    private void LinkNeighbours(List<SyntheticTerritory> all)
    {
        var groups = all.GroupBy(t => (t.Level, Area: t.Level switch
        {
            TerritoryLevels.Region => "",
            TerritoryLevels.Departement => t.Region,
            _ => t.Departement ?? "",
        }));

        foreach (var group in groups)
        {
            var peers = group.ToList();
            for (var i = 1; i < peers.Count; i++)
            {
                peers[i].AddNeighbour(peers[i - 1]);
                if (peers.Count > 3 && random.Next(3) == 0)
                {
                    peers[i].AddNeighbour(random.Pick(peers));
                }
            }
        }
    }
}
