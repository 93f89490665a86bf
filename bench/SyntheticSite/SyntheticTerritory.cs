namespace SyntheticSite;

/// <summary>A synthetic territory profile before it is written: where it sits and what it links to.</summary>
public sealed class SyntheticTerritory
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    /// <summary>Slug in the « niveaux » list: region, departement, syndicat, intercommunalite or commune.</summary>
    public required string Level { get; init; }

    public required string Region { get; init; }

    /// <summary>Null for a region, which spans several départements.</summary>
    public string? Departement { get; init; }

    public List<SyntheticTerritory> Parents { get; } = [];

    public SortedSet<string> Neighbours { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a symmetric neighbour link.</summary>
    public void AddNeighbour(SyntheticTerritory other)
    {
        if (other != this)
        {
            Neighbours.Add(other.Slug);
            other.Neighbours.Add(Slug);
        }
    }
}
