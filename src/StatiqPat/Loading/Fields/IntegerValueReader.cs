using System.Globalization;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>A whole number within bounds (a year, a duration in minutes, a toolbox number).</summary>
public sealed class IntegerValueReader(int minimum, int maximum) : IValueReader<int>
{
    public string Expected => "un nombre entier";

    public bool TryRead(YamlNode node, ReadContext context, out int value)
    {
        value = 0;
        if (!Scalars.TryText(node, context, Expected, out var text))
        {
            return false;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            context.Error(ErrorCodes.WrongType, node, $"« {text} » n'est pas un nombre entier",
                "écrivez seulement des chiffres, sans unité : 60 et non « 60 min »");
            return false;
        }

        if (value < minimum || value > maximum)
        {
            context.Error(ErrorCodes.InvalidValue, node, $"{value} est hors des limites permises",
                $"attendu entre {minimum} et {maximum}");
            return false;
        }

        return true;
    }

    public JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "integer", ["minimum"] = minimum, ["maximum"] = maximum };
}
