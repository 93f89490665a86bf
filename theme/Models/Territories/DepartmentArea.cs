namespace StatiqPat.Theme.Models.Territories;

/// <summary>A département with real cases, on a map and in the list beside it.</summary>
/// <param name="ShapeId">Its element in the shared map file; empty when the file has no outline for it (listed, not drawn).</param>
/// <param name="Shade">Its step on the map's scale, 1 to <see cref="ShadeStep.Steps"/>.</param>
/// <param name="Url">Its territory page, or the page of every case in it when no profile describes it.</param>
public sealed record DepartmentArea(string ShapeId, string Name, int Count, int Shade, string Url)
{
    public string Title => $"{Name} : {Count} cas";
}
