using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages.Maps;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Territories;

namespace StatiqPat.Pages;

/// <summary>One page per territory profile.</summary>
public static class TerritoryPages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        context.Index.Content.Territories.Select(profile => new SitePage(Urls.Territory(profile.Slug), Key(profile, context), () => Model(profile, context)));

    /// <summary>A territory page shows the profile, the names of its parents, children and neighbours, and its cases' cards.</summary>
    public static ulong Key(TerritoryProfile profile, PageContext context)
    {
        var keys = context.Keys;
        return keys.For(Urls.Territory(profile.Slug))
            .Add(profile.Version)
            .AddAll(profile.Parents.Concat(profile.Neighbours).Select(t => keys.Territory(t.Slug)))
            .AddAll(context.Index.ChildrenOf(profile.Slug).Select(t => t.FrontMatterVersion))
            .Add(keys.Cards(context.Index.CasesOfTerritory(profile.Slug)))
            .Value;
    }

    public static TerritoryPageModel Model(TerritoryProfile profile, PageContext context)
    {
        var url = Urls.Territory(profile.Slug);
        var description = $"{profile.Name} ({profile.Level.Label}) : emboîtement, engagement sur les fonctions du PAT et cas de coopération.";
        return new TerritoryPageModel
        {
            Frame = context.Frame(profile.Name, description, url, Section.Territories, PageContext.Crumb(ContentKind.Territory)),
            Name = profile.Name,
            Level = profile.Level.Label,
            Facts = Facts(profile),
            Locator = TerritoryMaps.Locator(profile, context),
            Parents = profile.Parents.Select(context.TerritoryLink).ToList(),
            Children = context.Index.ChildrenOf(profile.Slug)
                .ByLevelThenName()
                .Select(t => new Link(t.Name, Urls.Territory(t.Slug))).ToList(),
            Neighbours = profile.Neighbours.Select(context.TerritoryLink).ToList(),
            Engagement = context.Vocabulary.Functions.Terms.Select(function =>
            {
                var level = profile.Engagement.FirstOrDefault(e => e.Function.Slug == function.Slug)?.Level;
                return new EngagementRow(function.Label, function.Description, level?.Label, level?.Slug);
            }).ToList(),
            Roles = PageContext.Links(Dimensions.Roles, profile.Roles),
            Cases = CaseCards.Sorted(context.Index.CasesOfTerritory(profile.Slug), context),
            BodyHtml = profile.Body.Html,
            Footer = PageContext.Footer(profile.Sources, profile.Added, profile.Updated, profile.SourcePath),
            SearchFilters = SearchFacets.Of(profile),
        };
    }

    private static IReadOnlyList<Facet> Facts(TerritoryProfile profile) =>
    [
        new("Niveau de gouvernance", PageContext.Links(Dimensions.Levels, profile.Level)),
        new("Département", PageContext.Links(Dimensions.Departements, profile.Departement)),
        new("Région", PageContext.Links(Dimensions.Regions, profile.Region)),
        new("Projet alimentaire territorial", PatStatus(profile.Pat)),
    ];

    private static IReadOnlyList<Link> PatStatus(PatStatus? pat)
    {
        if (pat?.Recognised is not { } recognised)
        {
            return [];
        }

        if (!recognised)
        {
            return [new Link("non reconnu")];
        }

        var text = "reconnu";
        text += pat.Year is { } year ? $" en {year}" : "";
        text += pat.RecognitionLevel is { } level ? $", niveau {level}" : "";
        return [new Link(text)];
    }
}
