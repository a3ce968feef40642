using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Serverless.GraphQL.Types;

/// <summary>Renders values in error messages the way graphql-js <c>inspect()</c> does, so messages match the reference implementation.</summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        IFormattable number when NumericValue.TryGetDouble(number, out _) => number.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => InspectObject(map, depth),
        IEnumerable list => InspectList(list, depth),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string FormatDouble(double d) => double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : NumericValue.Format(d);

    private static string InspectObject(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        var builder = new StringBuilder("{ ");
        var first = true;
        foreach (var (key, item) in map)
        {
            builder.Append(first ? string.Empty : ", ").Append(key).Append(": ").Append(Inspect(item, depth + 1));
            first = false;
        }

        return builder.Append(" }").ToString();
    }

    private static string InspectList(IEnumerable list, int depth)
    {
        if (depth >= MaxDepth)
        {
            return "[Array]";
        }

        var items = new List<string>();
        foreach (var item in list)
        {
            items.Add(Inspect(item, depth + 1));
        }

        return "[" + string.Join(", ", items) + "]";
    }
}
