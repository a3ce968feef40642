using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>
/// Typed access to command fields with the server's IDL error messages
/// ("BSON field 'find.filter' is the wrong type 'int', expected type 'object'", code 14 TypeMismatch).
/// </summary>
internal static class CommandFields
{
    /// <summary>The collection a command names in its first field ("find: 'movies'").</summary>
    public static string CollectionName(CommandContext context)
    {
        var value = context.Body[0].Value;
        if (value is not BsonString { Value: var name })
        {
            throw ServerErrors.InvalidNamespace($"collection name has invalid type {BsonTypeAliases.NameOf(value.Type)}");
        }

        NamespaceRules.ValidateCollectionName(context.DatabaseName, name);
        return name;
    }

    public static BsonDocument? Document(CommandContext context, string field) =>
        Get(context, field, "object", static v => v as BsonDocument);

    public static BsonArray? Array(CommandContext context, string field) =>
        Get(context, field, "array", static v => v as BsonArray);

    public static string? String(CommandContext context, string field) =>
        Get(context, field, "string", static v => (v as BsonString)?.Value);

    /// <summary>An integral number; doubles are accepted when they hold a whole value, as the server's IDL does.</summary>
    public static long? Integer(CommandContext context, string field)
    {
        if (!context.Body.TryGetValue(field, out var value) || value.IsNull)
        {
            return null;
        }

        return value switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            BsonDouble d when Math.Floor(d.Value) == d.Value && Math.Abs(d.Value) < 9.2e18 => (long)d.Value,
            BsonDecimal128 => throw WrongType(context, field, value, "long"),
            _ => throw WrongType(context, field, value, "long"),
        };
    }

    /// <summary>A boolean; numbers count as true when non-zero, as the server's IDL "safeBool" allows.</summary>
    public static bool Boolean(CommandContext context, string field, bool defaultValue)
    {
        if (!context.Body.TryGetValue(field, out var value) || value.IsNull)
        {
            return defaultValue;
        }

        return value switch
        {
            BsonBoolean b => b.Value,
            BsonInt32 i => i.Value != 0,
            BsonInt64 l => l.Value != 0,
            BsonDouble d => d.Value != 0,
            _ => throw WrongType(context, field, value, "bool"),
        };
    }

    /// <summary>A non-negative integer no larger than int.MaxValue, such as batchSize or limit.</summary>
    public static int? NonNegativeInt(CommandContext context, string field)
    {
        var value = Integer(context, field);
        if (value is null)
        {
            return null;
        }

        if (value < 0)
        {
            throw ServerErrors.BadValue($"BSON field '{context.CommandName}.{field}' value must be >= 0, actual value '{value}'");
        }

        return (int)Math.Min(value.Value, int.MaxValue);
    }

    public static CommandException WrongType(CommandContext context, string field, BsonValue value, string expected) =>
        ServerErrors.TypeMismatch($"BSON field '{context.CommandName}.{field}' is the wrong type '{BsonTypeAliases.NameOf(value.Type)}', expected type '{expected}'");

    private static T? Get<T>(CommandContext context, string field, string expected, Func<BsonValue, T?> convert)
    {
        if (!context.Body.TryGetValue(field, out var value) || value.IsNull)
        {
            return default;
        }

        return convert(value) ?? throw WrongType(context, field, value, expected);
    }
}
