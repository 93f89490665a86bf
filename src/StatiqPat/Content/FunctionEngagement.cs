namespace StatiqPat.Content;

/// <summary>How much a structure invests one of the 6 key functions (a colour card of the collective map).</summary>
public sealed record FunctionEngagement(Term Function, Term Level);
