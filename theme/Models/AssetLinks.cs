namespace StatiqPat.Theme.Models;

/// <summary>Fingerprinted URLs of the stylesheets, script and map outlines, decided by the build from their content.</summary>
/// <param name="DepartmentMap">The shared SVG file of the départements' outlines; empty when the build draws no map.</param>
/// <param name="WorkshopScript">The composer of « Préparer un atelier ».</param>
public sealed record AssetLinks(
    string Stylesheet, string VocabularyStylesheet, string Icon, string SearchScript = "", string DepartmentMap = "", string WorkshopScript = "");
