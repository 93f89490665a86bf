using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LiveTiming;

/// <summary>
/// Sets the stage for <see cref="EditRunner"/>: the server on a free port over the given input, the case page open in
/// Chromium, and the guarantee that the server is killed however the benchmark ends (Ctrl+C included).
/// </summary>
public static class BenchmarkSession
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(TimingOptions options)
    {
        var sheet = CaseSheet.FirstIn(options.Input);
        var types = CooperationTypes.Read(options.Input);
        var (output, scratch) = OutputFolder(options.Output);
        try
        {
            await using var server = ServerProcess.Start(options.Cli, options.Input, output, FreePort.Find());
            // A signal's default action ends this process without unwinding: kill the server first, then let it go on.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => server.Kill());
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => server.Kill());
            using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => server.Kill());

            Console.Error.WriteLine($"{options.Label}: starting servir over {options.Input} (first build, up to {options.ReadyTimeout.TotalSeconds:0} s)");
            var started = Stopwatch.GetTimestamp();
            var address = await server.WaitUntilReadyAsync(options.ReadyTimeout);
            Console.Error.WriteLine($"{options.Label}: served on {address} after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s; opening {sheet.PagePath}");

            await using var page = await LivePage.OpenAsync(address + sheet.PagePath);
            return await new EditRunner(server, page, sheet, types).RunAsync(options.Runs);
        }
        finally
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>
    /// The site folder and, when none was given, the temporary folder holding it (servir keeps its state file beside
    /// the site, so the whole temporary folder goes afterwards). A given folder must be new: the first build is cold.
    /// </summary>
    private static (string Output, string? Scratch) OutputFolder(string? given)
    {
        if (given is null)
        {
            var scratch = Directory.CreateTempSubdirectory("livetiming-").FullName;
            return (Path.Combine(scratch, "site"), scratch);
        }

        if (Directory.Exists(given) && Directory.EnumerateFileSystemEntries(given).Any())
        {
            throw new BenchmarkFailure($"--output: {given} is not empty; give a new folder, so that servir starts from a cold build");
        }

        return (given, null);
    }
}
