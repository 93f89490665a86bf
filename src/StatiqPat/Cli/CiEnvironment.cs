namespace StatiqPat.Cli;

/// <summary>
/// What the command line learns from its environment about running in GitHub Actions. Passed in rather than
/// read deep inside, so tests can play a CI run without touching the process's variables.
/// </summary>
public sealed record CiEnvironment(bool GitHubActions, string? StepSummaryPath)
{
    public static CiEnvironment None { get; } = new(false, null);

    public static CiEnvironment FromVariables(Func<string, string?> variable) =>
        new(string.Equals(variable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase),
            variable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null);
}
