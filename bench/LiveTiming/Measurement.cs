namespace LiveTiming;

/// <summary>One measured save.</summary>
/// <param name="RebuildMs">T, as <c>servir</c> printed it: from the change being seen to the pages being served.</param>
/// <param name="Pages">N, the pages that rebuild rewrote.</param>
/// <param name="SaveToBrowserMs">From just before the file was written to the page in the browser showing the change.</param>
public sealed record Measurement(EditKind Kind, int RebuildMs, int Pages, double SaveToBrowserMs);
