namespace StatiqPat;

/// <summary>One build stage: how long it took, what it allocated, and the memory after it.</summary>
/// <param name="HeapBytes">The managed heap once the stage ended (no collection forced).</param>
/// <param name="AllocatedBytes">Bytes the stage allocated, on every thread: what drives collections.</param>
/// <param name="PeakBytes">The process's peak resident memory so far (what GNU time reports as maximum RSS).</param>
public sealed record StageTime(string Stage, TimeSpan Elapsed, long HeapBytes, long AllocatedBytes, long PeakBytes);
