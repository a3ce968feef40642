using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// Random input values for a schema's input types, correct or deliberately wrong (§5.6.1 Values of Correct Type, §6.4.2
/// CoerceVariableValues), each rendered both as a GraphQL literal and as JSON for the variables.
/// </summary>
internal sealed class InputValueGenerator(SeededRandom random, IReadOnlyList<string> stringPool)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Ints = ["0", "1", "-7", "42", "2147483647", "-2147483648"];
    private static readonly string[] Floats = ["1.5", "-0.25", "3", "1e3", "6.02e23", "0.1", "-0"];
    private static readonly string[] Strings = ["", "abc", "héllo wörld", "tab\tand\nnewline", "quote \" and \\ slash"];

    /// <summary>A value tree: null, bool, string, <see cref="Number"/>, <see cref="EnumName"/>, lists and ordered objects.</summary>
    public object? Valid(GraphQLType type, bool nullable = true)
    {
        if (type is NonNullType nonNull)
        {
            return Valid(nonNull.OfType, nullable: false);
        }

        if (nullable && random.Chance(12))
        {
            return null;
        }

        return type switch
        {
            ListType list when random.Chance(20) => Valid(list.OfType),
            ListType list => Enumerable.Range(0, random.Next(4)).Select(_ => Valid(list.OfType)).ToList(),
            InputObjectType input => ValidObject(input),
            EnumType enumType => new EnumName(random.Pick(enumType.Values).Name),
            ScalarType scalar => ValidScalar(scalar.Name),
            _ => throw new ArgumentException($"{type} is not an input type.", nameof(type)),
        };
    }

    /// <summary>A value that does not fit the type: a wrong scalar somewhere inside, a null in a non-null position, …</summary>
    public object? Wrong(GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return random.Chance(30) ? null : Wrong(nonNull.OfType);
        }

        return type switch
        {
            ListType list when random.Chance(50) => Wrong(list.OfType),
            ListType list => new List<object?> { Valid(list.OfType, nullable: false), Wrong(list.OfType) },
            InputObjectType input => WrongObject(input),
            EnumType enumType => random.Pick<object?>([enumType.Values[0].Name, new EnumName("NOT_A_VALUE"), new Number("1"), true]),
            ScalarType scalar => WrongScalar(scalar.Name),
            _ => throw new ArgumentException($"{type} is not an input type.", nameof(type)),
        };
    }

    public static string ToLiteral(object? value) => Render(value, literal: true);

    public static string ToJson(object? value) => Render(value, literal: false);

    private object ValidScalar(string name) => name switch
    {
        "Int" => new Number(random.Pick(Ints)),
        "Float" => new Number(random.Pick(Floats)),
        "Boolean" => random.Chance(50),
        "ID" when random.Chance(25) => new Number(random.Pick(Ints[..4])),
        "ID" or "String" when random.Chance(60) && stringPool.Count > 0 => random.Pick(stringPool),
        _ => random.Pick(Strings),
    };

    private object? WrongScalar(string name) => name switch
    {
        "Int" => random.Pick<object?>([new Number("2147483648"), new Number("1.5"), "1", true, new EnumName("ONE")]),
        "Float" => random.Pick<object?>(["1.5", true, new EnumName("PI")]),
        "Boolean" => random.Pick<object?>([new Number("1"), "true", new EnumName("TRUE")]),
        "ID" => random.Pick<object?>([new Number("1.5"), true, new EnumName("ID")]),
        _ => random.Pick<object?>([new Number("1"), false, new EnumName("TEXT")]),
    };

    private List<KeyValuePair<string, object?>> ValidObject(InputObjectType input)
    {
        if (input.IsOneOf)
        {
            var chosen = random.Pick(input.Fields);
            return [new(chosen.Name, Valid(chosen.Type, nullable: false))];
        }

        return [.. input.Fields
            .Where(field => field.IsRequired || random.Chance(40))
            .Select(field => new KeyValuePair<string, object?>(field.Name, Valid(field.Type)))];
    }

    private object? WrongObject(InputObjectType input)
    {
        var fields = ValidObject(input);
        switch (random.Next(4))
        {
            case 0 when input.IsOneOf:
                fields.Add(new(input.Fields.First(f => f.Name != fields[0].Key).Name, Valid(input.Fields[0].Type, nullable: false)));
                break;
            case 0 when fields.Count > 0:
                fields.RemoveAt(0);
                if (!input.Fields.Any(f => f.IsRequired))
                {
                    fields.Add(new("notAField", new Number("1")));
                }

                break;
            case 1:
                fields.Add(new("notAField", new Number("1")));
                break;
            case 2:
                var target = random.Pick(input.Fields);
                fields.RemoveAll(f => f.Key == target.Name);
                fields.Add(new(target.Name, Wrong(target.Type)));
                break;
            default:
                return random.Pick<object?>([new Number("1"), "object"]);
        }

        return fields;
    }

    private static string Render(object? value, bool literal)
    {
        var text = new StringBuilder();
        Write(text, value, literal);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, bool literal)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case Number number:
                text.Append(number.Text);
                break;
            case EnumName name:
                text.Append(literal ? name.Name : JsonSerializer.Serialize(name.Name, Relaxed));
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s, Relaxed));
                break;
            case List<KeyValuePair<string, object?>> fields:
                text.Append('{');
                for (var i = 0; i < fields.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(literal ? fields[i].Key : JsonSerializer.Serialize(fields[i].Key)).Append(literal ? ": " : ":");
                    Write(text, fields[i].Value, literal);
                }

                text.Append('}');
                break;
            case List<object?> items:
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    Write(text, items[i], literal);
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"Unexpected value {value}.", nameof(value));
        }
    }

    /// <summary>A number kept as its source text, so literal and JSON show the same digits (1e3, -0, 2147483648).</summary>
    private sealed record Number(string Text);

    /// <summary>An enum value: bare in a literal, a string in JSON.</summary>
    private sealed record EnumName(string Name);
}
