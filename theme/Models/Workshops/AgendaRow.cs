namespace StatiqPat.Theme.Models.Workshops;

/// <summary>One line of a workshop's agenda: when it starts and ends, what runs, in which format and for how long.</summary>
/// <param name="Tools">The tool (or its suite); several when tables run in parallel.</param>
/// <param name="Start">Time from the start of the workshop (« 1 h 00 »), or null once a step before has no duration.</param>
public sealed record AgendaRow(string? Start, string? End, IReadOnlyList<Link> Tools, bool FollowUp, string? Format, string? Duration, string? Note);
