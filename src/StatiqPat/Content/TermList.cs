namespace StatiqPat.Content;

/// <summary>A named vocabulary: its values in display order, looked up by slug.</summary>
public sealed record TermList(string Key, string Label)
{
    private readonly IReadOnlyList<Term> terms = [];
    private readonly Dictionary<string, Term> bySlug = new(StringComparer.Ordinal);

    /// <summary>The values; setting them rebuilds the lookup, so copies made with <c>with</c> stay consistent.</summary>
    public IReadOnlyList<Term> Terms
    {
        get => terms;
        init
        {
            terms = value;
            bySlug = value.GroupBy(t => t.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
    }

    public static TermList Empty(string key, string label) => new(key, label);

    public Term? Find(string slug) => bySlug.GetValueOrDefault(slug);

    public IEnumerable<string> Slugs => terms.Select(t => t.Slug);
}
