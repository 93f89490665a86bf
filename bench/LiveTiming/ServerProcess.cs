using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace LiveTiming;

/// <summary>
/// <c>dotnet StatiqPat.dll servir</c> as a child process: its standard output is read line by line, so that the
/// benchmark can wait for the ready line and for each rebuild's timing line. Killed (with its children) on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "Site servi sur ";

    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly RecentOutput recent = new(40);

    private ServerProcess(Process process)
    {
        this.process = process;
    }

    public static ServerProcess Start(string cli, string input, string output, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "servir", "-i", input, "-o", output, "--port", port.ToString(CultureInfo.InvariantCulture), "--sans-recherche" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) => server.Received(e.Data);
        // Errors are shown as they come: a rebuild that fails prints its problems there and no timing line.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                server.recent.Add(line);
                Console.Error.WriteLine($"servir: {line}");
            }
        };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new BenchmarkFailure($"cannot start dotnet: {exception.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits for the line that says the site is served, and returns the address it gives (ending with '/').</summary>
    public async Task<string> WaitUntilReadyAsync(TimeSpan timeout)
    {
        while (true)
        {
            var line = await NextLineAsync(timeout, "for the server to be ready (its 'Site servi sur …' line)");
            if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                var address = line[ReadyPrefix.Length..].Split(' ')[0];
                return address.EndsWith('/') ? address : address + "/";
            }
        }
    }

    /// <summary>Forgets the lines printed so far, so that the next timing line read is the next edit's.</summary>
    public void DiscardPendingLines()
    {
        while (lines.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The next <c>reconstruction : …</c> line, skipping any other output.</summary>
    public async Task<RebuildLine> NextRebuildAsync(TimeSpan timeout, string edit)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var left = timeout - Stopwatch.GetElapsedTime(started);
            var line = await NextLineAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, $"for the 'reconstruction : …' line of the {edit}");
            if (RebuildLine.TryParse(line) is { } rebuild)
            {
                return rebuild;
            }
        }
    }

    /// <summary>Stops the server and whatever it started; safe to call more than once and from a signal handler.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public string Describe() => recent.ToString();

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"warning: the server (process {process.Id}) did not exit within 10 s of being killed");
        }

        process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            lines.Writer.TryComplete();
            return;
        }

        recent.Add(line);
        lines.Writer.TryWrite(line);
    }

    private async Task<string> NextLineAsync(TimeSpan timeout, string waitingFor)
    {
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            return await lines.Reader.ReadAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            throw new BenchmarkFailure($"gave up waiting {waitingFor} after {timeout.TotalSeconds:0} s\n{recent}");
        }
        catch (ChannelClosedException)
        {
            await process.WaitForExitAsync();
            throw new BenchmarkFailure($"the server exited (code {process.ExitCode}) while waiting {waitingFor}\n{recent}");
        }
    }
}
