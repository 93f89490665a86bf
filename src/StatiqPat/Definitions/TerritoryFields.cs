using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The front matter of a territory profile, key by key.</summary>
public static class TerritoryFields
{
    private static readonly ObjectValueReader<PatStatus> Pat = new(() => new PatStatus(),
    [
        Field<PatStatus>.Of("reconnu", "oui si le PAT est reconnu par l'État, non sinon.", Read.YesNo, r => r.Recognised, (r, v) => r with { Recognised = v }),
        Field<PatStatus>.Of("annee", "Année de la reconnaissance.", Read.Integer(2014, 2100), r => r.Year, (r, v) => r with { Year = v }, label: "Année"),
        Field<PatStatus>.Of("niveau_reconnaissance", "Niveau de reconnaissance (1 ou 2).", Read.Integer(1, 2),
            r => r.RecognitionLevel, (r, v) => r with { RecognitionLevel = v }, label: "Niveau de reconnaissance"),
    ]);

    private static readonly ObjectValueReader<Coordinates> Coordinates = new(() => new Coordinates(),
    [
        Field<Coordinates>.Of("latitude", "Latitude en degrés décimaux.", Read.Number(-90, 90),
            r => r.Latitude, (r, v) => r with { Latitude = v }, required: true),
        Field<Coordinates>.Of("longitude", "Longitude en degrés décimaux.", Read.Number(-180, 180),
            r => r.Longitude, (r, v) => r with { Longitude = v }, required: true),
    ]);

    private static readonly PairsValueReader<FunctionEngagement> Engagement = new(
        Read.Term(v => v.Functions), Read.Term(v => v.Engagement), v => v.Functions, (f, l) => new FunctionEngagement(f, l), e => (e.Function, e.Level));

    public static readonly ObjectValueReader<TerritoryProfile> Profile = new(() => new TerritoryProfile(),
    [
        Field<TerritoryProfile>.Of("nom", "Nom officiel de la collectivité ou de la structure.", Read.Text,
            r => r.Name, (r, v) => r with { Name = v }, required: true),
        Field<TerritoryProfile>.Of("niveau", "Niveau de gouvernance (liste « niveaux »).", Read.Term(v => v.Levels),
            r => r.Level, (r, v) => r with { Level = v }, required: true),
        Field<TerritoryProfile>.Of("parents", "Identifiants des territoires qui l'englobent (commune → EPCI → PETR → département → région).",
            Read.Refs(ContentKind.Territory), r => r.Parents, (r, v) => r with { Parents = v }),
        Field<TerritoryProfile>.Of("voisins", "Identifiants des territoires voisins.", Read.Refs(ContentKind.Territory),
            r => r.Neighbours, (r, v) => r with { Neighbours = v }),
        Field<TerritoryProfile>.Of("departement", "Département (liste « departements » de geographie.yml).", Read.Term(v => v.Departements),
            r => r.Departement, (r, v) => r with { Departement = v }, label: "Département"),
        Field<TerritoryProfile>.Of("region", "Région (liste « regions » de geographie.yml).", Read.Term(v => v.Regions),
            r => r.Region, (r, v) => r with { Region = v }, label: "Région"),
        Field<TerritoryProfile>.Of("pat", "Statut du projet alimentaire territorial, là où il est connu.", Pat,
            r => r.Pat, (r, v) => r with { Pat = v }, label: "PAT"),
        Field<TerritoryProfile>.Of("engagement", "Engagement sur chacune des 6 fonctions (fonction: niveau d'engagement), seulement là où une source le dit.",
            Engagement, r => r.Engagement, (r, v) => r with { Engagement = v }),
        Field<TerritoryProfile>.Of("roles", "Rôles tenus dans la coopération (liste « roles »).", Read.Terms(v => v.Roles),
            r => r.Roles, (r, v) => r with { Roles = v }, label: "Rôles"),
        Field<TerritoryProfile>.Of("coordonnees", "Coordonnées géographiques facultatives.", Coordinates,
            r => r.Coordinates, (r, v) => r with { Coordinates = v }, label: "Coordonnées"),
        SharedFields.Sources<TerritoryProfile>(r => r.Sources, (r, v) => r with { Sources = v }),
        SharedFields.Added<TerritoryProfile>(r => r.Added, (r, v) => r with { Added = v }),
        SharedFields.Updated<TerritoryProfile>(r => r.Updated, (r, v) => r with { Updated = v }),
        SharedFields.FormerUrls<TerritoryProfile>(r => r.FormerUrls, (r, v) => r with { FormerUrls = v }),
    ]);
}
