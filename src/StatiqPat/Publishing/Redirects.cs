using System.Text;
using StatiqPat.Content;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>Former addresses keep working: Netlify answers them with a 301 from <c>_redirects</c>.</summary>
public static class Redirects
{
    public static IReadOnlyList<OutputFile> File(SiteContent content)
    {
        var redirects = FormerAddresses.All(content);
        if (redirects.Count == 0)
        {
            return [];
        }

        var text = new StringBuilder("# Généré depuis « anciennes_adresses » des fiches : ne pas modifier à la main.\n");
        foreach (var (from, to, _) in redirects)
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        return [new OutputFile("_redirects", Encoding.UTF8.GetBytes(text.ToString()))];
    }
}
