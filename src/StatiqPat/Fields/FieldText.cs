namespace StatiqPat.Fields;

/// <summary>What a contributor reads about a field: its key, what to write in it, and its label in forms and tables.</summary>
public sealed record FieldText(string Key, string Help, string Label);
