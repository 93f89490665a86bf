using System.Text.RegularExpressions;

namespace StatiqPat.Tests.Live.Edits;

/// <summary>A territory's engagement in the « manger » function changed: the collective map's shading follows.</summary>
public sealed record SetEngagement(int Pick, string Level) : SiteEdit
{
    public override void Apply(string input)
    {
        if (InputText.Pick(InputText.Files(input, "territoires"), Pick) is { } profile)
        {
            InputText.Edit(profile, text => Regex.Replace(text, "(?m)^  manger: [a-z]+$", $"  manger: {Level}"));
        }
    }

    public override IEnumerable<SiteEdit> Simpler() => Pick > 0 ? [this with { Pick = 0 }] : [];
}
