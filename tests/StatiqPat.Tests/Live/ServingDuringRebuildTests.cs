using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StatiqPat.Cli;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live;

/// <summary>
/// <c>servir</c> keeps answering while it rebuilds: a changed page replaces the old one by a rename, so a request
/// gets either the old page or the new one, whole, and never a server error.
/// </summary>
public sealed class ServingDuringRebuildTests
{
    private const int Concurrent = 200;
    private static readonly string[] Paths = ["/", "/cas/", "/cas/cas-reel/", "/territoires/commune-a/", "/outils/atelier-test/", "/typologie/"];

    [Fact]
    public async Task Two_hundred_concurrent_requests_during_rebuilds_get_whole_pages_and_no_server_error()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var output = folder.Combine("output");
        var options = new BuildOptions(input);
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var written = new StringWriter();
        var console = TextWriter.Synchronized(written);
        await using var site = await LiveSite.StartAsync(options, output, port: 0, console, console);
        using var client = new HttpClient { BaseAddress = new Uri(site.Address), Timeout = TimeSpan.FromSeconds(30) };
        var failures = new ConcurrentBag<string>();
        var sheet = Path.Combine(input, "cas", "cas-reel.md");
        var requests = 0;

        for (var round = 1; round <= 3; round++)
        {
            // A new title rewrites every page listing the case, while waves of requests are in flight.
            File.WriteAllText(sheet, Regex.Replace(File.ReadAllText(sheet), "^titre: .*$", $"titre: Titre de la vague {round}", RegexOptions.Multiline));
            var deadline = DateTime.UtcNow.AddSeconds(20);
            do
            {
                await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => RequestAsync(client, Paths[i % Paths.Length], failures)));
                requests += Concurrent;
            }
            while (Rebuilds(console, written) < round && DateTime.UtcNow < deadline);

            Assert.True(Rebuilds(console, written) >= round, $"no rebuild after save {round}: {written}");
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests} requests failed: {string.Join("; ", failures.Take(5))}");
        var page = await client.GetStringAsync("/cas/cas-reel/");
        Assert.Equal("Titre de la vague 3", new HtmlParser().ParseDocument(page).QuerySelector("h1")?.TextContent.Trim());
    }

    private static async Task RequestAsync(HttpClient client, string path, ConcurrentBag<string> failures)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{path}: {(int)response.StatusCode}");
            return;
        }

        // A page cut short would lack its closing tags or its main heading.
        var document = new HtmlParser().ParseDocument(body);
        if (!body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) || document.QuerySelector("main h1") is null)
        {
            failures.Add($"{path}: page incomplète ({body.Length} octets)");
        }
    }

    /// <summary>Rebuilds reported so far; the synchronized writer locks itself while it writes, so reading under that lock is safe.</summary>
    private static int Rebuilds(TextWriter console, StringWriter written)
    {
        lock (console)
        {
            return Regex.Matches(written.ToString(), "^reconstruction : ", RegexOptions.Multiline).Count;
        }
    }
}
