namespace StatiqPat.Scaffolding;

/// <summary>What a new sheet's template fills in or offers: its title, today's date, and the sheets that already exist.</summary>
/// <param name="Prefilled">Top-level keys written with a value (the title, the date added, a tool's next number).</param>
/// <param name="ExistingSlugs">Per content folder (<c>territoires</c>, <c>outils</c>), the identifiers a reference may use.</param>
public sealed record TemplateChoices(
    IReadOnlyDictionary<string, string> Prefilled,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ExistingSlugs);
