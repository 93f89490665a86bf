using System.CommandLine;
using StatiqPat;
using StatiqPat.Cli;
using StatiqPat.Cms;
using StatiqPat.Incremental;
using StatiqPat.Serving;

// Commands and options are French, like everything a contributor reads; the English spellings of the first
// versions stay as aliases so existing scripts (Netlify's, the benchmarks) keep working.
var input = new Option<string>("--entree", "-i", "--input") { Description = "Dossier des contenus", DefaultValueFactory = _ => InClone("input") };
var output = new Option<string>("--sortie", "-o", "--output") { Description = "Dossier du site produit", DefaultValueFactory = _ => InClone("output") };
var url = new Option<string?>("--url") { Description = "Adresse publique du site (remplace celle de site.yml)" };
var preview = new Option<bool>("--apercu") { Description = "Aperçu de déploiement : demande aux moteurs de recherche de ne pas indexer" };
var noSearch = new Option<bool>("--sans-recherche") { Description = "Ne construit pas l'index de recherche (Pagefind, qui demande Node et npm)" };
var force = new Option<bool>("--forcer") { Description = "Reconstruit tout, même si rien n'a changé depuis la dernière construction" };
var trialForm = new Option<bool>("--formulaire-essai")
{
    Description = "Le formulaire /admin/ enregistre en mémoire du navigateur (backend test-repo de Decap) au lieu de GitHub : pour l'essayer sans compte",
};
var port = new Option<int>("--port") { Description = "Port d'écoute sur 127.0.0.1", DefaultValueFactory = _ => 5080 };

var build = new Command("construire", "Construit le site de input/ vers output/") { input, output, url, preview, noSearch, force, trialForm };
build.Aliases.Add("build");
build.SetAction(async parse => await Build(parse) ? 0 : 1);

var serve = new Command("servir", "Construit le site puis le sert sur http://127.0.0.1:5080") { input, output, url, preview, noSearch, force, trialForm, port };
serve.Aliases.Add("serve");
serve.SetAction(async parse =>
{
    // The sheets read by the first build stay in memory: a rebuild re-reads only the files saved since.
    var sheets = new SheetCache();
    if (!await Build(parse, sheets))
    {
        return 1;
    }

    await using var site = await LiveSite.StartAsync(Options(parse), parse.GetValue(output)!, parse.GetValue(port), Console.Out, Console.Error,
        search: !parse.GetValue(noSearch), sheets);
    Console.WriteLine($"Site servi sur {site.Address}/ (Ctrl+C pour arrêter) ; "
        + $"chaque enregistrement dans {parse.GetValue(input)!.TrimEnd('/')}/ le reconstruit.");
    await site.WaitForShutdownAsync();
    return 0;
});

var check = new Command("verifier", "Vérifie les contenus sans écrire le site") { input };
check.Aliases.Add("check");
check.SetAction(parse => CheckCommand.Run(parse.GetValue(input)!, Console.Out, Console.Error,
    CiEnvironment.FromVariables(Environment.GetEnvironmentVariable)));

var kind = new Argument<string>("type") { Description = "Type de fiche : cas, outil ou territoire" };
kind.AcceptOnlyFromAmong("cas", "outil", "territoire");
var title = new Argument<string>("titre") { Description = "Titre de la fiche, entre guillemets ; il donne le nom du fichier" };
var scaffold = new Command("nouveau", "Crée une fiche à remplir dans input/ (cas, outil ou territoire)") { kind, title, input };
scaffold.Aliases.Add("new");
scaffold.SetAction(parse => NewCommand.Run(parse.GetValue(kind)!, parse.GetValue(title)!, parse.GetValue(input)!,
    DateOnly.FromDateTime(DateTime.Now), Console.Out, Console.Error));

var schemas = new Command("schemas", "Régénère les schémas JSON des fiches dans input/schemas/") { input };
schemas.SetAction(parse => SchemasCommand.Run(parse.GetValue(input)!, Console.Out, Console.Error));

var root = new RootCommand("StatiqPat : générateur du site des coopérations inter-PAT") { build, serve, check, scaffold, schemas, LastResort.Verbose };
return await LastResort.InvokeAsync(root.Parse(args), Console.Error, Environment.GetEnvironmentVariable);

Task<bool> Build(ParseResult parse, SheetCache? sheets = null) =>
    BuildCommand.RunAsync(Options(parse), parse.GetValue(output)!, Console.Out, Console.Error,
        search: !parse.GetValue(noSearch), force: parse.GetValue(force), sheets);

// The launcher (./statiqpat) runs the program from any folder of the clone and names the clone in STATIQPAT_RACINE:
// the default folders are then the clone's. Without it (dotnet run from the root) they stay relative to the current
// folder, as does, either way, a folder given on the command line.
static string InClone(string folder) =>
    Environment.GetEnvironmentVariable("STATIQPAT_RACINE") is { Length: > 0 } clone ? Path.Combine(clone, folder) : folder;

BuildOptions Options(ParseResult parse) =>
    new(parse.GetValue(input)!, parse.GetValue(url), parse.GetValue(preview), parse.GetValue(trialForm) ? CmsBackend.TestRepo : CmsBackend.GitHub);
