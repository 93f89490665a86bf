using System.Globalization;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>A calendar date written as ISO <c>AAAA-MM-JJ</c>, the one form that sorts and never reads ambiguously.</summary>
public sealed class DateValueReader : IValueReader<DateOnly>
{
    public string Expected => "une date AAAA-MM-JJ";

    public bool TryRead(YamlNode node, ReadContext context, out DateOnly value)
    {
        value = default;
        if (!Scalars.TryText(node, context, Expected, out var text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une date valide",
            "écrivez la date sous la forme AAAA-MM-JJ, par exemple 2024-03-15");
        return false;
    }

    public JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["format"] = "date" };
}
