namespace StatiqPat.Theme.Models.Workshops;

/// <summary>A tool in the workshop page's table: itself and its suite, each with format and duration.</summary>
public sealed record WorkshopToolRow(int Number, string Title, string Url, string Slug, string? Format, string? Duration,
    string? FollowUpTitle, string? FollowUpFormat, string? FollowUpDuration);
