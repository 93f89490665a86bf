namespace StatiqPat.Pages.Typology;

/// <summary>
/// The length of the bar drawn beside a count on a typology index, in twentieths of the largest count: the page
/// has no inline style (the CSP forbids it), so the length is one of twenty CSS classes.
/// </summary>
public static class CountBar
{
    public const int Steps = 20;

    /// <summary>0 for no case; otherwise at least 1, so a value with a single case still shows a bar.</summary>
    public static int Length(int count, int largest) =>
        count <= 0 || largest <= 0 ? 0 : Math.Max(1, (int)Math.Round((double)Steps * count / largest, MidpointRounding.AwayFromZero));
}
