using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Routing;

namespace StatiqPat.Validation;

/// <summary>A former address may lead to one sheet only, and never to an address that is in use today.</summary>
public static class FormerUrlCheck
{
    public static void Report(SiteContent content, DiagnosticBag diagnostics)
    {
        var current = content.Cases.Select(c => (Urls.Case(c.Slug), c.SourcePath))
            .Concat(content.Tools.Select(t => (Urls.Tool(t.Slug), t.SourcePath)))
            .Concat(content.Territories.Select(t => (Urls.Territory(t.Slug), t.SourcePath)))
            .Concat(content.Pages.Select(p => (Urls.Of(ContentKind.Page, p.Slug), p.SourcePath)))
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().SourcePath, StringComparer.Ordinal);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var formers = content.Cases.SelectMany(c => c.FormerUrls.Select(f => (f, c.SourcePath)))
            .Concat(content.Tools.SelectMany(t => t.FormerUrls.Select(f => (f, t.SourcePath))))
            .Concat(content.Territories.SelectMany(t => t.FormerUrls.Select(f => (f, t.SourcePath))))
            .Concat(content.Pages.SelectMany(p => p.FormerUrls.Select(f => (f, p.SourcePath))))
            .OrderBy(p => p.f.Position.Path, StringComparer.Ordinal).ThenBy(p => p.f.Position.Line);

        foreach (var (former, owner) in formers)
        {
            if (current.TryGetValue(former.Path, out var live) || IsSitePage(former.Path))
            {
                diagnostics.Report(ErrorCodes.DuplicateUrl, former.Position,
                    $"l'adresse « {former.Path} » est utilisée aujourd'hui{(live is null ? " par le site" : $" par {live}")} : elle ne peut pas rediriger",
                    "retirez-la de « anciennes_adresses »");
            }
            else if (!claimed.TryAdd(former.Path, owner))
            {
                diagnostics.Report(ErrorCodes.DuplicateUrl, former.Position,
                    $"l'adresse « {former.Path} » est déjà revendiquée par {claimed[former.Path]}",
                    "une ancienne adresse ne peut rediriger que vers une seule fiche");
            }
        }
    }

    /// <summary>List pages and generated sections (/cas/, /fonctions/…) belong to the site, never to a redirect.</summary>
    private static bool IsSitePage(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments.Length == 1 && Urls.Reserved.Contains(segments[0]);
    }
}
