namespace StatiqPat.Content;

/// <summary>The images the sheets show: only these are published, so a file nobody uses never reaches the site.</summary>
public static class SiteImages
{
    /// <summary>Paths relative to <c>input/</c> (<c>images/x.jpg</c>), from front matter and bodies of every kind of sheet.</summary>
    public static IReadOnlySet<string> Used(SiteContent content)
    {
        var bodies = content.Cases.Select(c => c.Body)
            .Concat(content.Tools.Select(t => t.Body))
            .Concat(content.Territories.Select(t => t.Body))
            .Concat(content.Pages.Select(p => p.Body));
        return bodies.SelectMany(body => body.Images.Select(image => image.File))
            .Concat(content.Cases.Select(c => c.Image?.File).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
    }
}
