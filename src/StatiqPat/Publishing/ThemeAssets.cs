using System.Security.Cryptography;
using System.Text;
using StatiqPat.Content;
using StatiqPat.Maps;
using StatiqPat.Pages.Shared;
using StatiqPat.Theme.Models;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// The theme's static files, read from the theme assembly, with content-hashed names so they can be cached
/// for a year: a changed stylesheet gets a new name, so no visitor ever sees a stale one. The map's outlines are one of
/// them, written from the pinned npm package when it is installed.
/// </summary>
public static class ThemeAssets
{
    private const string ResourcePrefix = "theme/";

    public static (AssetLinks Links, IReadOnlyList<OutputFile> Files, MapGeometry? Map) Collect(Vocabulary vocabulary, DepartmentShapes? shapes)
    {
        var site = Fingerprinted("site", "css", Resource("css/site.css"));
        var terms = Fingerprinted("vocabulaire", "css", Encoding.UTF8.GetBytes(VocabularyStylesheet.Generate(vocabulary)));
        var icon = new OutputFile("favicon.svg", Resource("favicon.svg"));
        var scripts = ScriptFolder.Collect(typeof(PageModel).Assembly, ResourcePrefix + "js/");
        var map = shapes is null ? ((MapGeometry Geometry, OutputFile File)?)null : MapFile.Build(shapes, vocabulary.Departements);
        var links = new AssetLinks("/" + site.Path, "/" + terms.Path, "/" + icon.Path, scripts.Url("recherche.js"), map?.Geometry.Url ?? "",
            scripts.Url("atelier.js"));
        return (links, [site, terms, icon, .. scripts.Files, .. map is { } m ? [m.File] : Array.Empty<OutputFile>()], map?.Geometry);
    }

    public static void Write(IOutputSink sink, IReadOnlyList<OutputFile> files) => sink.WriteAll(files);

    private static OutputFile Fingerprinted(string name, string extension, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        return new OutputFile($"assets/{name}.{hash}.{extension}", content);
    }

    private static byte[] Resource(string path)
    {
        var assembly = typeof(PageModel).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new InvalidOperationException($"The theme assembly has no embedded resource '{ResourcePrefix + path}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
