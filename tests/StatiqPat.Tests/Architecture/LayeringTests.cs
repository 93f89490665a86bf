using System.Text;

namespace StatiqPat.Tests.Architecture;

/// <summary>
/// Dependencies between the generator's namespaces point one way, down a stack of layers. A cycle makes every layer
/// in it a single block that can only be understood, tested or changed as a whole; an upward edge is the first step
/// towards one.
/// </summary>
public sealed class LayeringTests
{
    private static readonly NamespaceGraph Graph = new(typeof(SiteBuilder).Assembly, "StatiqPat");

    [Fact]
    public void No_namespace_of_the_generator_depends_on_itself_through_others()
    {
        var cycles = Graph.Cycles();
        Assert.True(cycles.Count == 0, Describe(cycles));
    }

    /// <summary>
    /// The layers, bottom first (README draws the same stack): a namespace uses only namespaces of lower layers. « » is
    /// the root namespace (<see cref="SiteBuilder"/>). A new namespace must be given its place here.
    /// </summary>
    private static readonly string[][] Layers =
    [
        ["Diagnostics", "Text", "Qr"],
        ["Content"],
        ["Indexing", "Routing"],
        ["Incremental", "Loading.Markdown", "Validation"],
        ["Fields", "Writing"],
        ["Definitions", "Maps"],
        ["Loading", "Pages.Shared", "Publishing.OpenData", "Scaffolding", "Toolchain"],
        ["Cms", "Pages.Matrices", "Pages.Typology", "Pages.Workshops"],
        ["Pages.Maps"],
        ["Pages"],
        ["Publishing"],
        ["Rendering"],
        [""],
        ["Cli"],
        ["Serving"],
    ];

    [Fact]
    public void Every_namespace_has_its_layer_and_depends_only_on_lower_layers()
    {
        var layerOf = Layers.SelectMany((names, layer) => names.Select(name => (Name: Full(name), Layer: layer)))
            .ToDictionary(n => n.Name, n => n.Layer, StringComparer.Ordinal);
        Assert.Empty(Graph.Nodes.Where(n => !layerOf.ContainsKey(n)).Order(StringComparer.Ordinal));

        var upwards = Graph.Edges
            .Where(e => layerOf[e.Key.From] <= layerOf[e.Key.To])
            .Select(e => $"{e.Key.From} (couche {layerOf[e.Key.From]}) -> {e.Key.To} (couche {layerOf[e.Key.To]})  ({string.Join(", ", e.Value.Take(4))})")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(upwards.Count == 0, "Dependencies that do not point to a lower layer:\n" + string.Join("\n", upwards));
    }

    private static string Full(string name) => name.Length == 0 ? "StatiqPat" : "StatiqPat." + name;

    [Fact]
    public void The_graph_sees_dependencies_in_method_bodies_and_signatures()
    {
        // A graph that found nothing would pass the cycle test vacuously: the build orchestrator must use the loader.
        Assert.Contains(("StatiqPat", "StatiqPat.Loading"), Graph.Edges.Keys);
        Assert.True(Graph.Nodes.Count >= 10, $"only {Graph.Nodes.Count} namespaces found");
    }

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles)
    {
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            text.AppendLine($"Cycle through {cycle.Count} namespaces: {string.Join(", ", cycle)}");
            foreach (var ((from, to), types) in Graph.Edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
            {
                text.AppendLine($"  {from} -> {to}  ({string.Join(", ", types.Take(4))})");
            }
        }

        return text.ToString();
    }
}
