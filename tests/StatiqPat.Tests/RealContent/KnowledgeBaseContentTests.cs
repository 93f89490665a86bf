using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;
using StatiqPat.Validation;

namespace StatiqPat.Tests.RealContent;

/// <summary>
/// The knowledge base shipped in <c>input/</c>: it builds cleanly and covers what the seeds describe. These assertions
/// are about the content, not the generator, so an edit to a sheet can turn them red: they are not in the fast tier.
/// </summary>
[Trait(Tiers.Name, Tiers.Content)]
public sealed class KnowledgeBaseContentTests : IClassFixture<KnowledgeBaseContentTests.Loaded>
{
    private readonly SiteContent content;

    public KnowledgeBaseContentTests(Loaded loaded) => content = loaded.Content;

    [Fact]
    public async Task The_knowledge_base_in_input_builds_without_any_error()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Input));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.PageCount > content.Cases.Count + content.Tools.Count + content.Territories.Count + content.Pages.Count + 5);
    }

    [Fact]
    public void The_toolbox_holds_its_six_numbered_tools_each_with_objectives_steps_and_a_follow_up()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], content.Tools.Select(t => t.Number).Order());
        Assert.All(content.Tools, tool =>
        {
            Assert.NotEmpty(tool.Objectives);
            Assert.NotEmpty(tool.Steps);
            Assert.NotNull(tool.Minutes);
            Assert.NotNull(tool.FollowUp);
            Assert.False(string.IsNullOrWhiteSpace(tool.FollowUp!.Purpose), tool.Slug);
            Assert.NotNull(tool.Download);
        });
    }

    [Fact]
    public void The_cases_cover_every_cooperation_type_and_at_least_five_degrees()
    {
        var types = content.Cases.Select(c => c.CooperationType?.Slug).OfType<string>().ToHashSet();
        var degrees = content.Cases.Select(c => c.Degree?.Slug).OfType<string>().ToHashSet();

        Assert.Equal(content.Vocabulary.CooperationTypes.Slugs.ToHashSet(), types);
        Assert.True(degrees.Count >= 5, $"degrees covered: {string.Join(", ", degrees)}");
    }

    [Fact]
    public void The_four_fictitious_projects_of_tool_six_are_cases_marked_fictitious()
    {
        var fictitious = content.Cases.Where(c => c.IsFictitious).ToList();

        Assert.True(fictitious.Count >= 4, $"{fictitious.Count} fictitious cases");
        Assert.All(fictitious, c => Assert.StartsWith("fictif-", c.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_case_reference_points_to_an_existing_territory_or_tool_and_every_sheet_names_its_sources()
    {
        var diagnostics = new DiagnosticBag();
        ContentValidator.Validate(content, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.True(content.Cases.Count >= 20, $"{content.Cases.Count} cases");
        Assert.All(content.Cases, c => Assert.NotEmpty(c.Sources));
        Assert.All(content.Tools, t => Assert.NotEmpty(t.Sources));
        Assert.All(content.Territories, t => Assert.NotEmpty(t.Sources));
    }

    [Fact]
    public void The_four_pilot_areas_show_their_levels_stacked_from_commune_to_region()
    {
        var bySlug = content.Territories.ToDictionary(t => t.Slug);
        foreach (var commune in new[] { "mouans-sartoux", "marseille", "plouguerneau", "epinal" })
        {
            var chain = new List<string>();
            for (var current = bySlug[commune]; current.Parents.Count > 0; current = bySlug[current.Parents[0].Slug])
            {
                chain.Add(current.Level.Slug);
            }

            Assert.Equal("commune", chain[0]);
            Assert.Contains("departement", chain);
            Assert.True(chain.Count >= 2, $"{commune}: {string.Join(" → ", chain)}");
        }
    }

    [Fact]
    public void The_reference_pages_exist()
    {
        Assert.Superset(new HashSet<string> { "cooperation-inter-pat", "glossaire", "a-propos" }, content.Pages.Select(p => p.Slug).ToHashSet());
    }

    [Theory]
    [InlineData("departement-vosges")]
    [InlineData("departement-bouches-du-rhone")]
    public void The_collective_maps_of_the_pilot_departements_show_the_involvement_their_real_cases_observe(string area)
    {
        // The seeds declare no engagement for these structures: without the cases, the map would be all « non renseigné ».
        var index = Pages.Matrices.MatrixPages.RealCasesOnly(new Indexing.SiteIndex(content));
        var map = Pages.Matrices.MapAreas.Of(index).Single(a => a.Slug == area);
        var grid = Pages.Matrices.CollectiveMaps.Grid(map, content.Vocabulary, index);

        Assert.Contains(grid.Structures, s => s.Observed.Values.Any(cases => cases.Count > 0));
        Assert.All(grid.Structures.SelectMany(s => s.Observed.Values).SelectMany(cases => cases), c => Assert.False(c.IsFictitious));
        Assert.Contains(Pages.Matrices.CollectiveMapReader.Read(grid), r => r.Basis == Pages.Matrices.ReadingBasis.Observed);
    }

    public sealed class Loaded
    {
        public SiteContent Content { get; } =
            new InputLoader(new InputPaths(Repository.Input), MarkdownPipelineFactory.Create(), new DiagnosticBag()).Load();
    }
}
