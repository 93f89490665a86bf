namespace StatiqPat.Theme.Models.Territories;

/// <summary>A région in the list that says in words what the map shows: its cases, then its départements'.</summary>
/// <param name="Count">Real cases involving the région or a territory inside it.</param>
public sealed record MapRegion(string Name, string Url, int Count, IReadOnlyList<DepartmentArea> Departements);
