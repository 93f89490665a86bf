using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The whole output of the valid fixture, byte for byte against the committed copy in Snapshots/fixture-site: a change
/// to any page shows up as a diff to review, and a refactoring that must not change the site proves that it did not.
/// The map is drawn from the committed outlines (Fixtures/machine), so the snapshot is the same on every machine.
/// </summary>
public sealed class FixtureSiteSnapshotTests
{
    [Fact]
    public async Task The_fixture_site_is_byte_identical_to_its_committed_snapshot()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")), Machine.WithMap);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var snapshot = new Snapshot(Repository.Snapshot("fixture-site"));

        if (Snapshot.Updating)
        {
            snapshot.Write(files);
            return;
        }

        var differences = snapshot.Differences(files);
        Assert.True(differences is null, differences);
    }
}
