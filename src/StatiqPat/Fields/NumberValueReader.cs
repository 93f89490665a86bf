using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// A number within bounds: whole numbers (a year, minutes, a toolbox number) or decimals (coordinates).
/// One reader for both, told apart by <typeparamref name="T"/>; only the hint for a typo differs.
/// </summary>
public sealed class NumberValueReader<T>(T minimum, T maximum) : ScalarValueReader<T>
    where T : INumber<T>, IMinMaxValue<T>
{
    private static readonly bool IsWhole = typeof(T) == typeof(int);

    public override string Expected => IsWhole ? "un nombre entier" : "un nombre";

    public override JsonObject Describe(SchemaContext context) => new()
    {
        ["type"] = IsWhole ? "integer" : "number",
        ["minimum"] = JsonValue.Create(double.CreateChecked(minimum)),
        ["maximum"] = JsonValue.Create(double.CreateChecked(maximum)),
    };

    public override void Write(Utf8JsonWriter json, T value)
    {
        if (IsWhole)
        {
            json.WriteNumberValue(int.CreateChecked(value));
        }
        else
        {
            json.WriteNumberValue(double.CreateChecked(value));
        }
    }

    public override string Text(T value) => value.ToString(null, CultureInfo.InvariantCulture);

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out T value)
    {
        var styles = IsWhole ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
        if (!T.TryParse(text, styles, CultureInfo.InvariantCulture, out value!))
        {
            var hint = IsWhole
                ? "écrivez seulement des chiffres, sans unité : 60 et non « 60 min »"
                : "utilisez un point comme séparateur décimal : 43.6 et non 43,6";
            context.Error(ErrorCodes.WrongType, node, $"« {text} » n'est pas {Expected}", hint);
            return false;
        }

        if (value < minimum || value > maximum)
        {
            context.Error(ErrorCodes.InvalidValue, node, $"{text} est hors des limites permises",
                string.Create(CultureInfo.InvariantCulture, $"attendu entre {minimum} et {maximum}"));
            return false;
        }

        return true;
    }
}
