namespace SyntheticSite;

/// <summary>Invented French place names (« Beaumontac-sur-Loire »), unique within one run.</summary>
public sealed class PlaceNames(Random random)
{
    private static readonly string[] Prefixes = ["", "", "", "Saint-", "Sainte-", "Le ", "La ", "Les ", "Mont-", "Val-de-"];
    private static readonly string[] Roots =
    [
        "Ber", "Mont", "Val", "Roche", "Font", "Char", "Lau", "Mar", "Beau", "Cour", "Gran", "Ver", "Bel", "Cham", "Pla",
        "Lan", "Saul", "Vil", "Aub", "Bour", "Cros", "Fres", "Gen", "Ler", "Mor", "Pey", "Ros", "Tor", "Vau", "Bra",
    ];

    private static readonly string[] Endings =
    [
        "ac", "ville", "court", "ières", "ey", "ans", "oux", "igny", "ette", "ol", "anges", "euil", "ay", "in", "ais", "ousse",
    ];

    private static readonly string[] Rivers = ["Loire", "Meuse", "Garonne", "Vienne", "Oise", "Aube", "Lot", "Cher", "Dordogne", "Saône"];
    private static readonly string[] Areas = ["Bresse", "Forez", "Vexin", "Auge", "Othe", "Morvan", "Quercy", "Vercors", "Perche", "Velay"];

    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>« de Beaumontac », « du Rosans » (for « Le Rosans »), « des Vaulières », « d'Aubey ».</summary>
    public static string Of(string place) => place switch
    {
        _ when place.StartsWith("Le ", StringComparison.Ordinal) => "du " + place[3..],
        _ when place.StartsWith("Les ", StringComparison.Ordinal) => "des " + place[4..],
        _ when "AEIOUY".Contains(place[0], StringComparison.Ordinal) => "d'" + place,
        _ => "de " + place,
    };

    public string Next()
    {
        while (true)
        {
            var name = random.Pick(Prefixes) + random.Pick(Roots) + random.Pick(Endings).ToLowerInvariant();
            name = random.Next(5) switch
            {
                0 => $"{name}-sur-{random.Pick(Rivers)}",
                1 => $"{name}-en-{random.Pick(Areas)}",
                _ => name,
            };

            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
