namespace StatiqPat.Theme.Models.Territories;

/// <summary>
/// France by département, each shaded by the number of real cases involving it or a territory inside it, with
/// the same facts as a list.
/// </summary>
/// <param name="ShapesUrl">The shared map file; empty when the build draws no map (the list still says everything).</param>
/// <param name="Areas">The départements with cases, in the order of the reference list (their codes).</param>
public sealed record DepartmentMapModel(string ShapesUrl, string ViewBox, IReadOnlyList<DepartmentArea> Areas,
    IReadOnlyList<ShadeStep> Legend, IReadOnlyList<MapRegion> Regions, int FictitiousLeftOut)
{
    public const string AllShapes = "departements";
    public const string OverseasNames = "noms-outre-mer";
}
