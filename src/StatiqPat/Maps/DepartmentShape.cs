namespace StatiqPat.Maps;

/// <summary>One département's outline as the map package draws it: its official code ("88", "2A") and SVG path data.</summary>
public sealed record DepartmentShape(string Code, string Name, string Path);
