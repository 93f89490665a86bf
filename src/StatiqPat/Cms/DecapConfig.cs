using StatiqPat.Content;
using StatiqPat.Fields;
using StatiqPat.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Cms;

/// <summary>
/// The <c>config.yml</c> of the web form, generated at each build from the same readers and vocabulary as the
/// schemas, so a value added to <c>vocabulaire.yml</c> is offered by the form the next time the site is built.
/// </summary>
public static class DecapConfig
{
    private static readonly (ContentKind Kind, string Label, string Singular, string TitleKey)[] Collections =
    [
        (ContentKind.Case, "Cas inspirants", "Cas", "titre"),
        (ContentKind.Tool, "Outils de la boîte à expérimenter", "Outil", "titre"),
        (ContentKind.Territory, "Territoires", "Territoire", "nom"),
    ];

    public static string Generate(Vocabulary vocabulary, SiteSettings settings, string baseUrl, CmsBackend backend)
    {
        var root = new YamlMappingNode
        {
            { "backend", Backend(settings, backend) },
            // Every change becomes a pull request: contributors without write access fork through open_authoring.
            { "publish_mode", "editorial_workflow" },
            { "locale", "fr" },
            { "site_url", baseUrl },
            { "display_url", baseUrl },
            { "media_folder", "input/images" },
            { "public_folder", "images" },
            {
                "slug", new YamlMappingNode
                {
                    { "encoding", "ascii" },
                    { "clean_accents", "true" },
                    { "sanitize_replacement", "-" },
                }
            },
            { "collections", CollectionsOf(vocabulary) },
        };

        using var writer = new StringWriter();
        writer.NewLine = "\n";
        writer.WriteLine("# Généré à chaque construction du site depuis le modèle des fiches et input/vocabulaire.yml : ne pas modifier.");
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private static YamlMappingNode Backend(SiteSettings settings, CmsBackend backend) => backend switch
    {
        CmsBackend.TestRepo => new YamlMappingNode { { "name", "test-repo" } },
        _ => new YamlMappingNode
        {
            { "name", "github" },
            { "repo", settings.Repository },
            { "branch", settings.Branch },
            { "open_authoring", "true" },
        },
    };

    private static YamlSequenceNode CollectionsOf(Vocabulary vocabulary)
    {
        var fields = new DecapFields();
        var context = new SchemaContext(vocabulary, ForEditors: true);
        var collections = new YamlSequenceNode();
        foreach (var (kind, label, singular, titleKey) in Collections)
        {
            var collectionFields = fields.Of(NewSheet.Schema(kind, context));
            collectionFields.Add(new YamlMappingNode
            {
                { "name", "body" },
                { "label", "Texte de la fiche" },
                { "widget", "markdown" },
                { "required", "false" },
                {
                    "hint",
                    "En Markdown : intertitres « ## », pas de titre « # » ni de HTML ; liens vers une fiche sous la forme [texte](cas:identifiant)."
                },
            });
            collections.Add(new YamlMappingNode
            {
                { "name", kind.Folder() },
                { "label", label },
                { "label_singular", singular },
                { "folder", $"input/{kind.Folder()}" },
                { "extension", "md" },
                { "format", "frontmatter" },
                { "create", "true" },
                { "identifier_field", titleKey },
                { "slug", "{{slug}}" },
                { "summary", $"{{{{{titleKey}}}}}" },
                { "fields", collectionFields },
            });
        }

        return collections;
    }
}
