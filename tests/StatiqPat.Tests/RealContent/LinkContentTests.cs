using AngleSharp.Html.Parser;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.RealContent;

/// <summary>Every internal href and src of the real site resolves to a built file, and every #fragment to an id on its page.</summary>
[Trait(Tiers.Name, Tiers.Content)]
public sealed class LinkContentTests
{
    [Fact]
    public async Task Every_internal_link_and_fragment_of_the_knowledge_base_resolves()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Input));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string path) => ids.TryGetValue(path, out var known) ? known : ids[path] =
            parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path].Content)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content));
            foreach (var reference in document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(IsInternal))
            {
                checkedLinks++;
                var (path, fragment) = Resolve(page.Path, reference);
                if (!files.ContainsKey(path))
                {
                    broken.Add($"{page.Path}: {reference} (no file {path})");
                }
                else if (fragment.Length > 0 && path.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(path).Contains(fragment))
                {
                    broken.Add($"{page.Path}: {reference} (no id \"{fragment}\" in {path})");
                }
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    private static bool IsInternal(string reference) =>
        !reference.Contains("://", StringComparison.Ordinal) && !reference.StartsWith("//", StringComparison.Ordinal)
        && !reference.StartsWith("mailto:", StringComparison.Ordinal) && !reference.StartsWith("data:", StringComparison.Ordinal);

    /// <summary>The file a browser would fetch for a reference on a page, and its fragment.</summary>
    private static (string Path, string Fragment) Resolve(string pagePath, string reference)
    {
        var hash = reference.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(reference[(hash + 1)..]) : "";
        var target = (hash >= 0 ? reference[..hash] : reference).Split('?')[0];
        if (target.Length == 0)
        {
            return (pagePath, fragment);
        }

        var absolute = target.StartsWith('/') ? target : "/" + Path.GetDirectoryName(pagePath)!.Replace('\\', '/') + "/" + target;
        var path = new Uri(new Uri("http://site"), absolute).AbsolutePath.TrimStart('/');
        path = Uri.UnescapeDataString(path);
        return (path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, fragment);
    }
}
