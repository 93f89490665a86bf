using StatiqPat.Theme.Models.Territories;

namespace StatiqPat.Maps;

/// <summary>
/// The shared map file as pages use it: its fingerprinted address, the frame every map view shares, and the
/// codes of the départements it draws (an element <c>d-CODE</c> each, in the group <see cref="AllId"/>).
/// </summary>
public sealed record MapGeometry(string Url, string ViewBox, IReadOnlySet<string> Codes)
{
    /// <summary>The group holding every département, drawn once as the background of a map.</summary>
    public const string AllId = DepartmentMapModel.AllShapes;

    /// <summary>The group of the overseas tiles' names, drawn on the large maps only.</summary>
    public const string LabelsId = DepartmentMapModel.OverseasNames;

    public static string IdOf(string code) => "d-" + code;
}
