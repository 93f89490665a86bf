using LiveTiming;

// Measures how fast `servir` follows a contributor's save, in its own timing and in a browser: see bench/README.md.
TimingOptions options;
try
{
    options = TimingOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 2;
}

try
{
    var measurements = await BenchmarkSession.RunAsync(options);
    // Only the table goes to standard output, so that a script can collect it; progress goes to standard error.
    Console.Write(ResultTable.Render(options.Label, measurements));
    return 0;
}
catch (BenchmarkFailure failure)
{
    Console.Error.WriteLine($"error: {failure.Message}");
    return 1;
}
