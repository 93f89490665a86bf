namespace StatiqPat.Maps;

/// <summary>The outlines of metropolitan France's départements, in the coordinates of <see cref="Width"/> × <see cref="Height"/>.</summary>
public sealed record DepartmentShapes(double Width, double Height, IReadOnlyList<DepartmentShape> Shapes);
