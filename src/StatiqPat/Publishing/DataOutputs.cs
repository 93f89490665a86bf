using StatiqPat.Cms;
using StatiqPat.Content;
using StatiqPat.Incremental;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Publishing.OpenData;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// Every file of the site that is not a page, in groups keyed by what they are made of. The case export carries
/// each case's body, so it changes with any edit of a case; the other groups only when front matter, reference
/// data, images or tools change. The headers file comes last, from <see cref="Headers"/>: it covers the files of all the others.
/// </summary>
public static class DataOutputs
{
    public static IReadOnlyList<DataOutput> Plan(SiteIndex index, PageKeys keys, IReadOnlyList<SitePage> pages,
        IReadOnlyList<OutputFile> assets, InputPaths paths, string baseUrl, bool preview,
        CmsBackend cms, string? decapDist, bool keepPieces)
    {
        var content = index.Content;
        var images = SiteImages.Used(content);
        var addresses = new KeyBuilder().AddAll(pages.Select(p => new KeyBuilder().Add(p.Url).Add(p.Listed ? 1 : 0).Value)).Value;
        return
        [
            new("données:ressources", keys.For("ressources").Value, sink => ThemeAssets.Write(sink, assets)),
            new("données:images", keys.For("images").Add(Stamp(paths, InputImages.Published(paths, images))).Value,
                sink => InputImages.Write(sink, paths, images)),
            new("données:publication", keys.For("publication").Add(keys.Everything).Add(addresses).Value,
                sink => PublishingFiles.Write(sink, index, pages, baseUrl, preview)),
            new("données:admin", keys.For("admin").Add(keys.Everything).Add(cms.ToString()).Add(Stamp(decapDist)).Value,
                sink => AdminFiles.Write(sink, content, baseUrl, cms, decapDist)),
            // Made of the program's rules alone, which the global key already holds.
            new("données:règles", keys.For("règles").Value, SearchRulesFile.Write),
            new("données:suggestions", keys.OfWholeBase("suggestions"), sink => SearchSuggestionsFile.Write(sink, index)),
            .. OpenDataFiles.Outputs(content, baseUrl, keys, keepPieces),
        ];
    }

    /// <summary>The published images by name, size and time: the copies change when one of these does.</summary>
    private static ulong Stamp(InputPaths paths, IReadOnlyList<string> files)
    {
        var key = new KeyBuilder();
        foreach (var file in files)
        {
            var info = new FileInfo(paths.Full(file));
            key.Add(file).Add((ulong)info.Length).Add((ulong)info.LastWriteTimeUtc.Ticks);
        }

        return key.Value;
    }

    /// <summary>
    /// <c>_headers</c>, once every other file of the build is known (made or kept): its key is its rules, so it is made
    /// again exactly when the site's set of top-level folders and files changes.
    /// </summary>
    public static DataOutput Headers(PageKeys keys, IEnumerable<string> published)
    {
        var rules = HeadersFile.Rules(published);
        return new("données:en-têtes", keys.For("en-têtes").AddAll(rules.Select(r => new KeyBuilder().Add(r).Value)).Value,
            sink => HeadersFile.Write(sink, rules));
    }

    /// <summary>A folder's files by name, size and time (or its absence): copied files change when one of these does.</summary>
    private static ulong Stamp(string? folder)
    {
        var key = new KeyBuilder().Add(folder ?? "\0");
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                key.Add(file.FullName).Add((ulong)file.Length).Add((ulong)file.LastWriteTimeUtc.Ticks);
            }
        }

        return key.Value;
    }
}
