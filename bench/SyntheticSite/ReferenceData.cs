using YamlDotNet.RepresentationModel;

namespace SyntheticSite;

/// <summary>
/// The vocabularies of the real input folder (vocabulaire.yml, geographie.yml) and its tool slugs.
/// Everything the synthetic sheets refer to comes from here, so they stay valid when the vocabulary changes.
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

    public bool Has(string key, string slug) => lists.TryGetValue(key, out var terms) && terms.Any(t => t.Slug == slug);

    public static ReferenceData Load(string inputFolder)
    {
        var lists = new Dictionary<string, IReadOnlyList<VocabularyTerm>>(StringComparer.Ordinal);
        foreach (var file in new[] { "vocabulaire.yml", "geographie.yml" })
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
