using System.Text;

namespace StatiqPat.Tests.Architecture;

/// <summary>
/// Dependencies between the generator's namespaces point one way. A cycle makes every layer in it a single
/// block that can only be understood, tested or changed as a whole; this test fails on the first one.
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
