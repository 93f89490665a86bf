using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The keys of <c>input/thesaurus.yml</c>: groups of words a search treats as one.</summary>
public static class ThesaurusFields
{
    private static readonly ObjectValueReader<SynonymGroup> Group = new(() => new SynonymGroup(),
    [
        Field<SynonymGroup>.Of("mots", "Les mots ou sigles qui se valent pour la recherche, tels qu'on les tape ou qu'on les lit.", Read.Texts,
            r => r.Words, (r, v) => r with { Words = v }, required: true, singular: "mot"),
        Field<SynonymGroup>.Of("niveau", "Le niveau de gouvernance dont le groupe parle, s'il y en a un (liste « niveaux »).", Read.Term(v => v.Levels),
            r => r.Level, (r, v) => r with { Level = v }),
        Field<SynonymGroup>.Of("thematique", "La thématique dont le groupe parle (liste « thematiques »).", Read.Term(v => v.Themes),
            r => r.Theme, (r, v) => r with { Theme = v }, label: "Thématique"),
        Field<SynonymGroup>.Of("fonction", "La fonction du PAT dont le groupe parle (liste « fonctions »).", Read.Term(v => v.Functions),
            r => r.Function, (r, v) => r with { Function = v }),
        Field<SynonymGroup>.Of("objet", "L'objet de coopération dont le groupe parle (liste « objets »).", Read.Term(v => v.Objects),
            r => r.Object, (r, v) => r with { Object = v }),
        Field<SynonymGroup>.Of("espace", "L'espace de coopération dont le groupe parle (liste « espaces »).", Read.Term(v => v.Spaces),
            r => r.Space, (r, v) => r with { Space = v }),
    ]);

    public static readonly ObjectValueReader<Thesaurus> File = new(() => new Thesaurus(),
    [
        Field<Thesaurus>.Of("groupes", "Les groupes de synonymes.", Read.List(Group),
            r => r.Groups, (r, v) => r with { Groups = v }, required: true, singular: "groupe"),
    ]);
}
