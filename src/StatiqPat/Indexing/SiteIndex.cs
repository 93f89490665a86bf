using StatiqPat.Content;
using StatiqPat.Text;

namespace StatiqPat.Indexing;

/// <summary>
/// The content with its relations computed once, in linear time: which cases name a territory or a tool,
/// which territories a territory contains. Pages ask the index; they never scan the content themselves.
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, CaseSheet> cases;
    private readonly Dictionary<string, ToolSheet> tools;
    private readonly Dictionary<string, TerritoryProfile> territories;
    private readonly ILookup<string, CaseSheet> casesByTerritory;
    private readonly ILookup<string, CaseSheet> casesByTool;
    private readonly ILookup<string, TerritoryProfile> childrenByParent;
    private readonly Dictionary<CaseSheet, int> titleRanks;

    public SiteIndex(SiteContent content)
    {
        Content = content;
        cases = content.Cases.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        tools = content.Tools.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        territories = content.Territories.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        casesByTerritory = content.Cases
            .SelectMany(c => TerritoriesOf(c).Select(slug => (slug, c)))
            .ToLookup(p => p.slug, p => p.c, StringComparer.Ordinal);
        casesByTool = content.Cases
            .SelectMany(c => c.Tools.Select(t => (t.Slug, c)))
            .ToLookup(p => p.Slug, p => p.c, StringComparer.Ordinal);
        titleRanks = content.Cases.Alphabetically(c => c.Title).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Select((c, rank) => (c, rank))
            .ToDictionary(p => p.c, p => p.rank, (IEqualityComparer<CaseSheet>)ReferenceEqualityComparer.Instance);
        childrenByParent = content.Territories
            .SelectMany(t => t.Parents.Select(p => (p.Slug, t)))
            .ToLookup(p => p.Slug, p => p.t, StringComparer.Ordinal);
    }

    public SiteContent Content { get; }

    public Vocabulary Vocabulary => Content.Vocabulary;

    public CaseSheet? Case(string slug) => cases.GetValueOrDefault(slug);

    public ToolSheet? Tool(string slug) => tools.GetValueOrDefault(slug);

    public TerritoryProfile? Territory(string slug) => territories.GetValueOrDefault(slug);

    /// <summary>Cases naming the territory, directly or through one of their actors.</summary>
    public IEnumerable<CaseSheet> CasesOfTerritory(string slug) => casesByTerritory[slug];

    public IEnumerable<CaseSheet> CasesUsingTool(string slug) => casesByTool[slug];

    public IEnumerable<TerritoryProfile> ChildrenOf(string slug) => childrenByParent[slug];

    /// <summary>
    /// A case's place among all cases by title the French way (accents ignored), then slug: computed once, so the
    /// hundreds of sorted lists of a large site compare integers instead of folding titles again.
    /// </summary>
    public int TitleRank(CaseSheet sheet) => titleRanks[sheet];

    /// <summary>Slugs of the territories a case names, directly or through its actors, each once.</summary>
    public static IEnumerable<string> TerritoriesOf(CaseSheet sheet) =>
        sheet.Territories.Select(t => t.Slug)
            .Concat(sheet.Actors.Select(a => a.Territory?.Slug).OfType<string>())
            .Distinct(StringComparer.Ordinal);
}
