using StatiqPat.Theme.Models.Tools;

namespace StatiqPat.Theme.Models.Workshops;

/// <summary>
/// One printed sheet of a trainer's kit: a tool or its suite, with what to run it (objectives, timed steps,
/// materials) and the QR code of the tool's page.
/// </summary>
/// <param name="Id">The token of the step in an atelier's address: the tool's slug, with <c>.suite</c> for its suite.</param>
/// <param name="Kicker">« Outil n° 3 » or « Suite de l'outil n° 3 ».</param>
public sealed record KitSheet(string Id, string Kicker, string Title, string Url, string? Format, string? Duration,
    IReadOnlyList<string> Objectives, IReadOnlyList<StepItem> Steps, IReadOnlyList<string> Materials, string? QrSvg, string? PrintedUrl);
