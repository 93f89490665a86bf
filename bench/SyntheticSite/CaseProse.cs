namespace SyntheticSite;

/// <summary>
/// Sentence templates for case bodies. Tokens in braces are replaced by <see cref="CaseComposer"/>:
/// {A} and {B} territory names, {fonction}, {thematique}, {type}, {degre}, {formalite}, {espace}, {objet}, {facteur}, {debut}.
/// </summary>
public static class CaseProse
{
    public static readonly string[] Context =
    [
        "{A} et {B} portent chacun un projet alimentaire territorial, mais leurs équipes se connaissaient peu avant {debut}.",
        "Le point de départ est un constat partagé : les actions liées à la fonction « {fonction} » restaient dispersées et peu visibles pour les habitants.",
        "Les élus de {A} souhaitaient donner plus de poids à leur démarche alimentaire sans créer une structure de plus sur le territoire.",
        "Du côté de {B}, la chargée de mission du PAT cherchait des partenaires pour sortir d'un fonctionnement jugé trop isolé.",
        "Un diagnostic agricole récent avait montré que les bassins de production et de consommation se tournaient le dos.",
        "Plusieurs communes avaient déjà lancé des expérimentations en restauration collective, avec des résultats encourageants mais fragiles.",
        "La thématique « {thematique} » revenait à chaque comité de pilotage, sans qu'aucun territoire ne s'en saisisse seul.",
        "Les services de l'État avaient encouragé les porteurs de projet à mieux articuler leurs démarches à l'échelle du département.",
        "Les associations locales, très actives sur l'alimentation, demandaient un interlocuteur unique pour leurs projets.",
        "Les moyens humains étaient limités : moins d'un équivalent temps plein par PAT pour animer l'ensemble des actions.",
        "Le territoire avait connu des tensions autour du foncier agricole, qui rendaient le dialogue entre élus délicat.",
        "Une première rencontre organisée lors d'un salon agricole a servi de déclic pour engager un travail commun.",
    ];

    public static readonly string[] Action =
    [
        "La coopération relève du type « {type} » et se situe au degré « {degre} » de l'échelle de la coopération.",
        "Les partenaires qualifient sa forme de « {formalite} » et en ajustent le niveau d'engagement au fil des réunions.",
        "Les échanges se tiennent principalement dans un espace de type « {espace} », ce qui évite de créer une instance supplémentaire.",
        "Le principal objet de la coopération est « {objet} », que chaque partenaire finance à hauteur de ses moyens.",
        "Les partenaires ont d'abord mis en commun leurs données, puis défini ensemble trois priorités d'action pour les deux années suivantes.",
        "Un calendrier partagé permet désormais d'éviter que deux événements sur l'alimentation se tiennent le même week-end.",
        "Les techniciens se retrouvent une fois par trimestre pour faire le point, tandis que les élus se réunissent une fois par an.",
        "La répartition des rôles s'est faite naturellement, chacun prenant en charge ce qu'il savait déjà bien faire.",
        "Un appel à projets commun a permis de soutenir une dizaine d'initiatives portées par des habitants et des agriculteurs.",
        "La coordination s'appuie sur un document de travail partagé, tenu à jour à tour de rôle par les équipes.",
        "Parmi les facteurs déterminants, « {facteur} » a pesé lourd dans les choix, et les partenaires l'ont mis sur la table dès la première réunion.",
        "La restauration collective a servi de terrain d'essai, avec des menus communs proposés dans plusieurs cantines.",
    ];

    public static readonly string[] Steps =
    [
        "une première réunion d'interconnaissance entre les équipes techniques ;",
        "la rédaction d'une feuille de route commune, validée par les élus ;",
        "un atelier de cartographie des acteurs de la fonction « {fonction} » ;",
        "le partage d'un diagnostic et des données qui l'alimentent ;",
        "une journée de visites croisées chez des producteurs des deux territoires ;",
        "la présentation des premiers résultats en comité de pilotage ;",
        "la mise en place d'un groupe de travail sur la thématique « {thematique} » ;",
        "un bilan à mi-parcours, suivi d'un ajustement des priorités ;",
        "l'organisation d'un événement grand public sur l'alimentation locale ;",
        "la signature d'une lettre d'intention entre les structures engagées.",
    ];

    public static readonly string[] Lessons =
    [
        "Les partenaires retiennent qu'il faut du temps pour se connaître avant de construire quoi que ce soit ensemble.",
        "Le portage politique reste décisif : sans un élu convaincu de chaque côté, la démarche se serait essoufflée.",
        "La coopération a permis de partager des compétences qu'aucun territoire n'aurait pu financer seul.",
        "Les habitants ont mieux compris la démarche lorsque les deux territoires ont parlé d'une seule voix.",
        "Le principal point de vigilance concerne la continuité de l'animation lorsque les personnes changent de poste.",
        "Les équipes recommandent de formaliser les engagements de chacun, même de manière légère, dès que les actions se multiplient.",
        "Les petites communes disent avoir gagné en visibilité et en capacité d'action grâce au réseau ainsi constitué.",
        "La question de l'évaluation reste ouverte : les indicateurs communs sont encore en cours de définition.",
        "Le travail sur la thématique « {thematique} » a fait émerger des idées que les territoires comptent approfondir.",
        "Tous soulignent la valeur des échanges informels, qui ont souvent débloqué des situations en quelques minutes.",
    ];

    public static readonly string[] Subjects =
    [
        "{A} et {B} coopèrent pour la fonction « {fonction} »",
        "un travail commun entre {A} et {B}",
        "{A} s'appuie sur {B} pour avancer",
        "{A} et {B} mutualisent leurs moyens",
        "une démarche partagée sur la thématique « {thematique} »",
    ];

    public static readonly string[] Quotes =
    [
        "Au début, on pensait perdre du temps en réunions ; aujourd'hui, on ne lancerait plus une action sans en parler aux voisins.",
        "Ce qui a tout changé, c'est de pouvoir appeler directement un collègue qui avait déjà rencontré le même problème.",
        "On a compris que chacun avait sa place : nous n'avons pas les mêmes moyens, mais nous avons les mêmes objectifs.",
        "La coopération nous oblige à expliquer ce que nous faisons, et cela nous a rendus plus clairs vis-à-vis des habitants.",
        "Sans le réseau, notre petite commune n'aurait jamais pu porter un projet de cette ampleur.",
    ];

    public static readonly string[] Speakers =
    [
        "Chargée de mission PAT (personne fictive)",
        "Élu délégué à l'alimentation (personne fictive)",
        "Directrice des services techniques (personne fictive)",
        "Animateur du réseau alimentaire (personne fictive)",
    ];
}
