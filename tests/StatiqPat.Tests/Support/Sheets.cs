using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Indexing;

namespace StatiqPat.Tests.Support;

/// <summary>Builds content records in memory, for tests of page generation that must not touch disk.</summary>
public static class Sheets
{
    public static readonly Term Commune = T("commune", "Commune", 5, parent: "commune");
    public static readonly Term Epci = T("intercommunalite", "Intercommunalité", 4, parent: "epci-petr-pnr");
    public static readonly Term Departement = T("departement", "Département", 2, parent: "departement");
    public static readonly Term Real = T("reel", "Cas réel", 1);
    public static readonly Term Fictitious = T("fictif", "Projet fictif", 2);
    public static readonly Term Russian = T("poupees-russes", "Les poupées russes", 1);
    public static readonly Term Neighbours = T("bons-voisins", "Les bons voisins", 2);
    public static readonly Term CoPiloting = T("copilotage", "Copilotage", 1);
    public static readonly Term Pooling = T("mutualisation", "Mutualisation", 2);
    public static readonly Term Exchange = T("echange-experiences", "Échange d'expériences", 4);
    public static readonly Term Cultiver = T("cultiver", "Cultiver", 1);
    public static readonly Term Manger = T("manger", "Manger", 2);
    public static readonly Term Vosges = T("vosges", "Vosges", 88, parent: "grand-est");

    public static readonly Vocabulary Vocabulary = new()
    {
        Levels = new TermList("niveaux", "Niveaux") { Terms = [Departement, Epci, Commune] },
        MapRows = new TermList("lignes_carto", "Lignes") { Terms = [T("departement", "Département", 1), T("epci-petr-pnr", "EPCI, PETR, PNR", 2), T("commune", "Commune", 3)] },
        Statuses = new TermList("statuts", "Statuts") { Terms = [Real, Fictitious] },
        CooperationTypes = new TermList("types_cooperation", "Types") { Terms = [Russian, Neighbours] },
        Degrees = new TermList("degres", "Degrés") { Terms = [CoPiloting, Pooling, Exchange] },
        Functions = new TermList("fonctions", "Fonctions") { Terms = [Cultiver, Manger] },
        Departements = new TermList("departements", "Départements") { Terms = [Vosges] },
    };

    public static SiteIndex Index(IEnumerable<CaseSheet> cases, IEnumerable<TerritoryProfile>? territories = null, IEnumerable<ToolSheet>? tools = null)
    {
        var settings = new SiteSettings { Title = "Site", Description = "Description", Licence = "CC" };
        return new SiteIndex(new SiteContent(settings, Vocabulary, cases.ToList(), (tools ?? []).ToList(), (territories ?? []).ToList(), []));
    }

    public static CaseSheet Case(string slug, Term? type = null, Term? degree = null, Term? status = null, string[]? territories = null,
        (Term Level, string? Territory)[]? actors = null, Term[]? functions = null, (int Start, int? End)? period = null) => new()
        {
            Slug = slug,
            Title = $"Cas {slug}",
            Status = status ?? Real,
            Summary = new CaseSummary { Context = "Contexte." },
            CooperationType = type,
            Degree = degree,
            Functions = functions ?? [],
            Territories = (territories ?? []).Select(t => Ref(ContentKind.Territory, t)).ToList(),
            Actors = (actors ?? []).Select(a => new Actor
            {
                Name = a.Territory ?? a.Level.Label,
                Level = a.Level,
                Territory = a.Territory is null ? null : Ref(ContentKind.Territory, a.Territory),
            }).ToList(),
            Period = period is { } p ? new Period { Start = p.Start, End = p.End } : null,
        };

    public static TerritoryProfile Territory(string slug, Term level, string[]? parents = null, Term? departement = null,
        params (Term Function, Term Level)[] engagement) => new()
        {
            Slug = slug,
            Name = $"Territoire {slug}",
            Level = level,
            Departement = departement,
            Parents = (parents ?? []).Select(p => Ref(ContentKind.Territory, p)).ToList(),
            Engagement = engagement.Select(e => new FunctionEngagement(e.Function, e.Level)).ToList(),
        };

    public static ToolSheet Tool(string slug) => new() { Slug = slug, Title = $"Outil {slug}", Number = 1 };

    public static Term T(string slug, string label, int rank, string? parent = null) => new(slug, label, "", null, rank, parent);

    private static Reference Ref(ContentKind kind, string slug) => new(kind, slug, SourcePosition.StartOf("test"));
}
