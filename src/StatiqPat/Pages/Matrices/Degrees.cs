using StatiqPat.Content;
using StatiqPat.Text;

namespace StatiqPat.Pages.Matrices;

/// <summary>Shared helpers for matrices counting cases and their strongest degree of cooperation.</summary>
public static class Degrees
{
    /// <summary>The strongest degree among cases (lowest rank), or null when none of them states a degree.</summary>
    public static Term? Strongest(IEnumerable<CaseSheet> cases) =>
        cases.Select(c => c.Degree).OfType<Term>().OrderBy(d => d.Rank).FirstOrDefault();

    public static string Count(int cases) => French.Count(cases, "cas", "cas");
}
