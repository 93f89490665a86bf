namespace LiveTiming;

/// <summary>A measurement that could not be taken (server not ready, change never seen): its message is for the user.</summary>
public sealed class BenchmarkFailure(string message) : Exception(message);
