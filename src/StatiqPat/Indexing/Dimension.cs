using StatiqPat.Content;

namespace StatiqPat.Indexing;

/// <summary>
/// One way of sorting the knowledge base (cooperation types, functions, départements, years…): its values,
/// and which cases and territories carry each value. Every index and value page is generated from these.
/// </summary>
/// <param name="Key">The URL segment, in French: <c>/fonctions/</c>.</param>
/// <param name="Singular">What one value is called, for page titles ("Fonction").</param>
/// <param name="Terms">The values, all of them, in display order, including those no case carries.</param>
/// <param name="OfCase">Slugs of the values a case carries.</param>
/// <param name="OfTerritory">Slugs of the values a territory carries, when the dimension applies to territories.</param>
public sealed record Dimension(
    string Key,
    string Title,
    string Singular,
    string Introduction,
    Func<SiteIndex, TermList> Terms,
    Func<CaseSheet, SiteIndex, IEnumerable<string>> OfCase,
    Func<TerritoryProfile, IEnumerable<string>>? OfTerritory = null);
