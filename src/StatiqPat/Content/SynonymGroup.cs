namespace StatiqPat.Content;

/// <summary>
/// Words that name the same thing in the field: a sigle and what it stands for, the word an officer types and the
/// word the sources write (« cantine », « restauration collective »). A search for one also looks for the others.
/// </summary>
/// <remarks>
/// The vocabulary value a group may name is not added to its words (labels such as « Syndicat, PETR ou PNR » make
/// poor queries); it links the search to that value's index page, and is checked like any vocabulary value.
/// </remarks>
public sealed record SynonymGroup
{
    public IReadOnlyList<string> Words { get; init; } = [];

    public Term? Level { get; init; }

    public Term? Theme { get; init; }

    public Term? Function { get; init; }

    public Term? Object { get; init; }

    public Term? Space { get; init; }
}
