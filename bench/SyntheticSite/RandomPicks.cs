namespace SyntheticSite;

/// <summary>Deterministic choices from lists, all drawn from the one seeded <see cref="Random"/>.</summary>
public static class RandomPicks
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in list order.</summary>
    public static List<T> PickDistinct<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        random.Shuffle(indexes);
        return indexes.Take(Math.Min(count, items.Count)).Order().Select(i => items[i]).ToList();
    }

    /// <summary>
    /// Item <paramref name="number"/> − 1 for the first sheets, so every value of a list appears at least once,
    /// then a random item.
    /// </summary>
    public static T Cover<T>(this Random random, IReadOnlyList<T> items, int number) =>
        number <= items.Count ? items[number - 1] : random.Pick(items);

    /// <summary>A covering first value plus up to <paramref name="extra"/> other distinct values, in list order.</summary>
    public static List<T> CoverMany<T>(this Random random, IReadOnlyList<T> items, int number, int extra)
    {
        var first = random.Cover(items, number);
        var others = random.PickDistinct(items.Where(i => !EqualityComparer<T>.Default.Equals(i, first)).ToList(), random.Next(extra + 1));
        var chosen = new HashSet<T>(others) { first };
        return items.Where(chosen.Contains).ToList();
    }
}
