using YamlDotNet.RepresentationModel;

namespace LiveTiming;

/// <summary>Reads the cooperation types of an input folder's <c>vocabulaire.yml</c>, in their order.</summary>
public static class CooperationTypes
{
    public static IReadOnlyList<CooperationType> Read(string input)
    {
        var path = Path.Combine(input, "vocabulaire.yml");
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var types = new List<CooperationType>();
        if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("types_cooperation"), out var list)
            && list is YamlSequenceNode values)
        {
            foreach (var value in values.OfType<YamlMappingNode>())
            {
                if (Scalar(value, "slug") is { } slug && Scalar(value, "libelle") is { } label)
                {
                    types.Add(new CooperationType(slug, label));
                }
            }
        }

        // The type edit needs somewhere to go from the sheet's current type.
        return types.Count >= 2
            ? types
            : throw new BenchmarkFailure($"{path}: types_cooperation needs at least two values with a slug and a libelle");
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text : null;
}
