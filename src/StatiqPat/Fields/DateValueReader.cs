using System.Globalization;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A calendar date written as ISO <c>AAAA-MM-JJ</c>, the one form that sorts and never reads ambiguously.</summary>
public sealed class DateValueReader : ScalarValueReader<DateOnly>
{
    public override string Expected => "une date AAAA-MM-JJ";

    public override JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["format"] = "date" };

    public override string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out DateOnly value)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une date valide",
            "écrivez la date sous la forme AAAA-MM-JJ, par exemple 2024-03-15");
        return false;
    }
}
