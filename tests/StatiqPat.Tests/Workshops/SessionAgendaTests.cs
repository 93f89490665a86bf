using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Pages.Workshops;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests.Workshops;

/// <summary>The agenda of a ready-made sequence, timed from the tool sheets, computed without touching disk.</summary>
public sealed class SessionAgendaTests
{
    private static readonly Term Plenary = T("pleniere", "Plénière", 1);
    private static readonly Term Tables = T("tables-tournantes", "Tables tournantes", 2);

    private static readonly ToolSheet[] Tools =
    [
        Tool("cas") with { Number = 1, Title = "Cas", Minutes = 60, Format = Plenary, Materials = ["Des diapos", "Un projecteur"] },
        Tool("recit") with { Number = 2, Title = "Récit", Minutes = 45, Format = Plenary, Materials = ["Un projecteur", "Une frise"],
            FollowUp = new FollowUp { Title = "Prolonger le récit", Minutes = 30, Format = Tables } },
        Tool("tables-a") with { Number = 4, Title = "Table A", Minutes = 120, Format = Tables },
        Tool("tables-b") with { Number = 5, Title = "Table B", Minutes = 90, Format = Tables },
        Tool("sans-duree") with { Number = 6, Title = "Sans durée" },
    ];

    [Fact]
    public void Each_step_starts_where_the_last_ended_tools_in_parallel_take_the_longest_and_a_suite_its_own_duration()
    {
        var (rows, total) = SessionAgenda.Of(Sequence(Step("cas"), Step("recit"), Step(true, "recit"), Step("tables-a", "tables-b")), Index());

        Assert.Equal(
            [("0 h 00", "1 h 00", "1 h"), ("1 h 00", "1 h 45", "45 min"), ("1 h 45", "2 h 15", "30 min"), ("2 h 15", "4 h 15", "2 h")],
            rows.Select(r => (r.Start, r.End, r.Duration)));
        Assert.Equal(255, total);
        Assert.Equal(["n° 4 · Table A", "n° 5 · Table B"], rows[3].Tools.Select(t => t.Label));
        Assert.Equal(("Suite de l'outil n° 2 : Prolonger le récit", "Tables tournantes", true), (rows[2].Tools[0].Label, rows[2].Format, rows[2].FollowUp));
        Assert.Equal("/outils/recit/", rows[2].Tools[0].Url);
    }

    [Fact]
    public void A_step_without_duration_leaves_its_end_and_every_later_time_and_the_total_unknown()
    {
        var (rows, total) = SessionAgenda.Of(Sequence(Step("cas"), Step("sans-duree"), Step("recit")), Index());

        Assert.Equal([("0 h 00", "1 h 00"), ("1 h 00", null), (null, null)], rows.Select(r => (r.Start, r.End)));
        Assert.Null(rows[1].Duration);
        Assert.Null(total);
    }

    [Fact]
    public void The_composer_address_names_each_step_joins_parallel_tools_with_a_tilde_and_marks_suites()
    {
        var url = SessionAgenda.ComposeUrl(Sequence(Step("cas"), Step(true, "recit"), Step("tables-a", "tables-b")), Index());

        Assert.Equal("/atelier/?outils=cas,recit.suite,tables-a~tables-b", url);
    }

    private static Indexing.SiteIndex Index() => Support.Sheets.Index([], tools: Tools);

    private static WorkshopSequence Sequence(params SequenceStep[] steps) => new() { Slug = "s", Title = "S", Steps = steps };

    private static SequenceStep Step(params string[] tools) => Step(false, tools);

    private static SequenceStep Step(bool followUp, params string[] tools) => new()
    {
        Tools = tools.Select(t => new Reference(ContentKind.Tool, t, SourcePosition.StartOf("ateliers.yml"))).ToList(),
        FollowUp = followUp,
    };
}
