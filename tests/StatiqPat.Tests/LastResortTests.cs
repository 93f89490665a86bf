using System.CommandLine;
using StatiqPat.Cli;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Tests.Support;
using StatiqPat.Writing;

namespace StatiqPat.Tests;

/// <summary>When the tool itself fails: one French line, exit code 70, a stack trace only on request, output untouched.</summary>
public sealed class LastResortTests
{
    private const string Tail = ", merci de le signaler aux mainteneurs du site (voir CONTRIBUTING.md)";

    [Fact]
    public async Task A_failure_while_reading_a_file_is_one_french_line_naming_it_with_exit_code_70_and_no_stack_trace()
    {
        var errors = new StringWriter();

        var code = await LastResort.RunAsync(() => Task.FromResult(ThrowWhileReading()), errors, verbose: false);

        Assert.Equal(70, code);
        Assert.Equal(
            [$"erreur interne en lisant input/cas/x.md: InvalidOperationException: lecteur en panne{Tail} ; relancez avec --verbeux pour le détail technique"],
            errors.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task With_verbose_the_stack_trace_follows_the_line()
    {
        var errors = new StringWriter();

        var code = await LastResort.RunAsync(() => Task.FromResult(ThrowWhileReading()), errors, verbose: true);

        Assert.Equal(70, code);
        Assert.StartsWith($"erreur interne en lisant input/cas/x.md: InvalidOperationException: lecteur en panne{Tail}\n",
            errors.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("   at ", errors.ToString());
    }

    [Theory]
    [InlineData(new[] { "panne" }, null, false)]
    [InlineData(new[] { "panne", "--verbeux" }, null, true)]
    [InlineData(new[] { "--verbeux", "panne" }, null, true)]
    [InlineData(new[] { "panne" }, "1", true)]
    [InlineData(new[] { "panne" }, "0", false)]
    public async Task The_command_line_shows_the_stack_trace_only_with_verbeux_anywhere_or_the_variable(string[] args, string? variable, bool stack)
    {
        var failing = new Command("panne");
        failing.SetAction(_ => ThrowWhileReading());
        var root = new RootCommand { failing, LastResort.Verbose };
        var errors = new StringWriter();

        var code = await LastResort.InvokeAsync(root.Parse(args), errors, name => name == LastResort.VerboseVariable ? variable : null);

        Assert.Equal(70, code);
        Assert.StartsWith("erreur interne en lisant input/cas/x.md: InvalidOperationException: lecteur en panne", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(stack, errors.ToString().Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_outside_any_file_is_told_without_a_path()
    {
        var errors = new StringWriter();

        await LastResort.RunAsync(() => throw new NotSupportedException("rien"), errors, verbose: false);

        Assert.StartsWith($"erreur interne: NotSupportedException: rien{Tail}", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_while_reading_one_file_is_the_PAT007_line_shown_in_the_guide()
    {
        var diagnostics = new DiagnosticBag();

        var read = ReadFailures.Guard<string>("input/cas/cantine-commune-a.md", 1, diagnostics, () => throw new InvalidOperationException());

        Assert.Null(read);
        Assert.Equal(
            "input/cas/cantine-commune-a.md:1:1: error PAT007: erreur interne en lisant ce fichier : InvalidOperationException: Operation is not valid due to the current state of the object. (le générateur aurait dû expliquer ce problème : merci de signaler cette ligne aux mainteneurs du site (voir CONTRIBUTING.md))",
            Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void A_build_that_crashes_while_writing_leaves_the_previous_site_and_no_staging_folder()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous good site");

        // What BuildCommand does: write into the staging folder under « using », the crash happening before the swap.
        Action build = () =>
        {
            using var staging = StagingFolder.Beside(output);
            File.WriteAllText(Path.Combine(staging.Path, "index.html"), "half a site");
            throw new InvalidOperationException("crash mid-build");
        };
        Assert.Throws<InvalidOperationException>(build);

        Assert.Equal("previous good site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([output], Directory.GetFileSystemEntries(folder.Path));
    }

    /// <summary>What the loader lets through: the cause wrapped with the file's path, inside Parallel.For's AggregateException.</summary>
    private static int ThrowWhileReading() =>
        throw new AggregateException(new InputFileException("input/cas/x.md", new InvalidOperationException("lecteur en panne")));
}
