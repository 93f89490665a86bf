using StatiqPat.Publishing;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>Pagefind reads only the files its glob names: a searchable page outside it would silently vanish from search.</summary>
public sealed class SearchGlobTests
{
    [Fact]
    public async Task Every_page_that_marks_its_text_for_search_is_named_by_the_glob_given_to_pagefind_and_list_pages_are_not()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = result.Files.Where(f => Html.IsSitePage(f.Path)).ToList();
        var searchable = pages.Where(f => Html.Page(result, f.Path).QuerySelector("[data-pagefind-body]") is not null).Select(f => f.Path).ToList();
        Assert.Contains("cas/cas-reel/index.html", searchable);
        Assert.Contains("a-propos/index.html", searchable);
        Assert.All(searchable, path => Assert.True(Matches(SearchIndexer.PageGlob, path), $"{path} is not matched by {SearchIndexer.PageGlob}"));

        // The glob is what keeps Pagefind from parsing thousands of typology and matrix pages.
        Assert.Contains(pages, f => f.Path.StartsWith("matrices/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') >= 2);
        Assert.DoesNotContain(pages, f => f.Path.StartsWith("matrices/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') >= 2 && Matches(SearchIndexer.PageGlob, f.Path));
        Assert.False(Matches(SearchIndexer.PageGlob, "cas/page/2/index.html"));
    }

    /// <summary>Pagefind's glob for this shape, "{a/*,b/*,*}/index.html": one alternative, where "*" is exactly one path segment.</summary>
    private static bool Matches(string glob, string path)
    {
        var close = glob.IndexOf('}', StringComparison.Ordinal);
        Assert.True(glob.StartsWith('{') && close > 0, $"unexpected glob shape {glob}");
        var suffix = glob[(close + 1)..].TrimStart('/').Split('/');
        var segments = path.Split('/');
        return glob[1..close].Split(',').Select(a => a.Split('/').Concat(suffix).ToArray()).Any(pattern =>
            pattern.Length == segments.Length && pattern.Zip(segments).All(p => p.First == "*" || p.First == p.Second));
    }
}
