using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>Short names for the readers, so each schema reads like the list of its keys.</summary>
public static class Read
{
    public static readonly TextValueReader Text = new();

    /// <summary>Sentences rather than a few words (forms give them a text area).</summary>
    public static readonly TextValueReader Prose = new(@long: true);

    public static readonly DateValueReader Date = new();
    public static readonly UrlValueReader Url = new();
    public static readonly BooleanValueReader YesNo = new();
    public static readonly ListValueReader<string> Texts = new(Text);
    public static readonly ListValueReader<string> Proses = new(Prose);

    public static NumberValueReader<int> Integer(int minimum, int maximum) => new(minimum, maximum);

    public static NumberValueReader<double> Number(double minimum, double maximum) => new(minimum, maximum);

    public static TermValueReader Term(Func<Vocabulary, TermList> list) => new(list);

    public static ListValueReader<Term> Terms(Func<Vocabulary, TermList> list) => new(new TermValueReader(list), t => t.Slug);

    public static ReferenceValueReader Ref(ContentKind kind) => new(kind);

    public static ListValueReader<Reference> Refs(ContentKind kind) => new(new ReferenceValueReader(kind), r => r.Slug);

    public static ListValueReader<TItem> List<TItem>(IValueReader<TItem> item) => new(item);

    /// <summary>A list of entries each named by its own <c>slug</c>: a slug given twice is reported as taken.</summary>
    public static ListValueReader<TItem> Entries<TItem>(IValueReader<TItem> item, Func<TItem, string> slug) => new(item, slug, "slug");
}
