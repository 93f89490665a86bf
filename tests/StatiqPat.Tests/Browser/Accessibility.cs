using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StatiqPat.Tests.Browser;

/// <summary>axe-core with the rules of WCAG 2.1 A and AA, the level the site commits to (RGAA follows it).</summary>
public static class Accessibility
{
    public static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolations(IPage page, string what)
    {
        var result = await page.RunAxe(Wcag21AA);
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.True(result.Violations.Length == 0, $"axe-core found violations on the {what} page:\n{report}");
    }
}
