using StatiqPat.Definitions;
using StatiqPat.Pages.Shared;
using StatiqPat.Publishing.OpenData;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Site;

namespace StatiqPat.Pages;

/// <summary>The page that lists the open-data files.</summary>
public static class DataPage
{
    public static SitePage Generate(PageContext context) => new(OpenDataFiles.Folder, context.Keys.For(OpenDataFiles.Folder).Value, () => new DataPageModel
    {
        Frame = context.Frame("Données ouvertes", "Toute la base en JSON et CSV, avec son vocabulaire et ses schémas, sous licence libre.",
            OpenDataFiles.Folder, Section.None),
        Licence = context.Index.Content.Settings.Licence,
        Files = OpenDataFiles.Resources.Select(r => new DataFileLink(r.Title, OpenDataFiles.Folder + r.Name, r.Format.ToUpperInvariant())).ToList(),
        Schemas = SchemaExport.Generate(context.Vocabulary)
            .Select(s => new DataFileLink(s.FileName, $"/{SchemaExport.Folder}/{s.FileName}", "JSON Schema")).ToList(),
        Package = OpenDataFiles.Folder + "datapackage.json",
    });
}
