using SyntheticSite;

// Writes a deterministic synthetic input folder for benchmarking: see bench/README.md.
try
{
    var options = GeneratorOptions.Parse(args);
    var (cases, territories) = new SiteGenerator(options).Run();
    Console.WriteLine($"{cases} synthetic cases and {territories} synthetic territories written to {options.Output}");
    return 0;
}
catch (Exception exception) when (exception is ArgumentException or IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 2;
}
