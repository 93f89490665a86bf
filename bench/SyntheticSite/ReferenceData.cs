using StatiqPat.Content;
using YamlDotNet.RepresentationModel;

namespace SyntheticSite;

/// <summary>
/// The vocabularies of the real input folder (vocabulaire.yml, geographie.yml), its registry of sources
/// (sources.yml) and its tool slugs. Everything the synthetic sheets refer to comes from here, so they stay valid
/// when the vocabulary or the registry changes.
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, IReadOnlyList<VocabularyTerm>> lists;

    private ReferenceData(Dictionary<string, IReadOnlyList<VocabularyTerm>> lists, IReadOnlyList<string> tools)
    {
        this.lists = lists;
        Tools = tools;
    }

    /// <summary>Slugs of the tool sheets (outils/*.md), in ordinal order.</summary>
    public IReadOnlyList<string> Tools { get; }

    /// <summary>The non-empty list named <paramref name="key"/> (a top-level key of either YAML file).</summary>
    public IReadOnlyList<VocabularyTerm> List(string key) =>
        lists.TryGetValue(key, out var terms) && terms.Count > 0
            ? terms
            : throw new InvalidDataException($"the vocabulary has no non-empty list '{key}'");

    public IReadOnlyList<string> Slugs(string key) => List(key).Select(t => t.Slug).ToList();

    public string Label(string key, string slug) => List(key).First(t => t.Slug == slug).Label;

    /// <summary>Slugs of the documents of sources.yml, empty when the site has no registry.</summary>
    public IReadOnlyList<string> Sources =>
        lists.TryGetValue("sources", out var documents) ? documents.Select(d => d.Slug).ToList() : [];

    /// <summary>The registered document sheet <paramref name="number"/> cites (each one over the first sheets), or null without a registry.</summary>
    public string? SourceFor(Random random, int number) => Sources.Count > 0 ? random.Cover(Sources, number) : null;

    public bool Has(string key, string slug) => lists.TryGetValue(key, out var terms) && terms.Any(t => t.Slug == slug);

    public static ReferenceData Load(string inputFolder)
    {
        var lists = new Dictionary<string, IReadOnlyList<VocabularyTerm>>(StringComparer.Ordinal);
        // The registry is optional, as for the generator: without it, sheets cite no registered document.
        var files = new[] { InputPaths.Vocabulary, InputPaths.Geography, InputPaths.Sources }
            .Where(file => file != InputPaths.Sources || File.Exists(Path.Combine(inputFolder, file)));
        foreach (var file in files)
        {
            foreach (var (key, terms) in ReadLists(Path.Combine(inputFolder, file)))
            {
                lists[key] = terms;
            }
        }

        var toolsFolder = Path.Combine(inputFolder, "outils");
        var tools = Directory.Exists(toolsFolder)
            ? Directory.GetFiles(toolsFolder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(SlugText.IsSlug).Order(StringComparer.Ordinal).ToList()
            : [];
        return new ReferenceData(lists, tools);
    }

    private static IEnumerable<(string Key, IReadOnlyList<VocabularyTerm> Terms)> ReadLists(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{path} is not a YAML mapping");
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlSequenceNode sequence)
            {
                continue;
            }

            var terms = sequence.Children.OfType<YamlMappingNode>()
                .Select(entry => new VocabularyTerm(Scalar(entry, "slug") ?? "", Scalar(entry, "libelle") ?? "", Scalar(entry, "parent")))
                .Where(t => t.Slug.Length > 0)
                .ToList();
            yield return (key, terms);
        }
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
