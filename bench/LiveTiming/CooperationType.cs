namespace LiveTiming;

/// <summary>A value of <c>types_cooperation</c> in <c>vocabulaire.yml</c>: its slug, and the label a case page shows.</summary>
public sealed record CooperationType(string Slug, string Label);
