namespace StatiqPat.Fields;

/// <summary>One column of a table export: its name after the field's key (<c>debut</c> in <c>periode_debut</c>), and its cell.</summary>
public sealed record Column<TValue>(string Suffix, Func<TValue, string> Cell);
