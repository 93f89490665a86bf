using System.Globalization;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>A decimal number within bounds, written with a point (coordinates).</summary>
public sealed class NumberValueReader(double minimum, double maximum) : IValueReader<double>
{
    public string Expected => "un nombre";

    public bool TryRead(YamlNode node, ReadContext context, out double value)
    {
        value = 0;
        if (!Scalars.TryText(node, context, Expected, out var text))
        {
            return false;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            context.Error(ErrorCodes.WrongType, node, $"« {text} » n'est pas un nombre",
                "utilisez un point comme séparateur décimal : 43.6 et non 43,6");
            return false;
        }

        if (value < minimum || value > maximum)
        {
            context.Error(ErrorCodes.InvalidValue, node, $"{text} est hors des limites permises",
                $"attendu entre {minimum.ToString(CultureInfo.InvariantCulture)} et {maximum.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        return true;
    }

    public JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "number", ["minimum"] = minimum, ["maximum"] = maximum };
}
