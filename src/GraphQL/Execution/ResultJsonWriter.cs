using System.Collections;
using System.Globalization;
using System.Text.Json;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>Serializes an <see cref="ExecutionResult"/> (§7.1) without reflection: only the value shapes results contain.</summary>
internal static class ResultJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();

        // graphql-js buildResponse puts "errors" before "data"; §7.1 recommends it so errors are seen first.
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case ResultMap map:
                WriteResultMap(writer, map);
                break;
            case object?[] array:
                // Completed lists are arrays: index them rather than going through a boxed enumerator.
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IConvertible convertible when IsInteger(convertible.GetTypeCode()):
                writer.WriteNumberValue(convertible.ToDecimal(CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"Cannot write a {value.GetType().Name} to a GraphQL response; scalar serializers must return strings, booleans, numbers, lists or string-keyed maps.");
        }
    }

    private static void WriteResultMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (var i = 0; i < map.Count; i++)
        {
            writer.WritePropertyName(map.EncodedKeyAt(i));
            WriteValue(writer, map.ValueAt(i));
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            // JSON has no NaN/Infinity; the Float scalar already rejects them (§3.5.2), so this is a custom scalar bug.
            throw new InvalidOperationException($"Cannot write the non-finite number {number} to a GraphQL response.");
        }

        // JSON.stringify layout (graphql-js responses): .NET writes the same text as JavaScript only in [1e-4, 1e15);
        // outside it (and for -0) JavaScript writes 100000000000000000000, 0.000001, 1e+21, 0.
        var magnitude = Math.Abs(number);
        if (magnitude is >= 1e-4 and < 1e15)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteRawValue(NumericValue.Format(number), skipInputValidation: true);
        }
    }

    private static bool IsInteger(TypeCode code) => code is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;
}
