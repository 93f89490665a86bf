using StatiqPat.Content;
using StatiqPat.Text;

namespace StatiqPat.Pages.Shared;

/// <summary>The one order of territories in lists, matrices and maps: the widest level first, then by name.</summary>
public static class TerritoryOrder
{
    public static IOrderedEnumerable<TerritoryProfile> ByLevelThenName(this IEnumerable<TerritoryProfile> territories) =>
        territories.OrderBy(t => t.Level.Rank).ThenAlphabetically(t => t.Name);
}
