using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>One parsed entry of an update command's "updates" array.</summary>
internal sealed record UpdateStatement(QueryFilter Filter, UpdateSpec Update, bool Upsert, bool Multi)
{
    public static UpdateStatement Parse(CommandContext context, BsonValue value)
    {
        var statement = value as BsonDocument
            ?? throw ServerErrors.TypeMismatch($"BSON field 'update.updates' element is the wrong type '{BsonTypeAliases.NameOf(value.Type)}', expected type 'object'");
        var filter = statement.GetValueOrDefault("q") is BsonDocument q
            ? QueryFilter.Parse(q)
            : throw new CommandException(40414, "Location40414", "BSON field 'update.updates.q' is missing but a required field");
        var update = ParseUpdate(statement.GetValueOrDefault("u"), statement.GetValueOrDefault("arrayFilters"), context.Server.Time, "update.updates.u");
        var multi = Flag(statement, "multi");
        if (multi && update.IsReplacement)
        {
            throw ServerErrors.FailedToParse("multi update is not supported for replacement-style update");
        }

        return new UpdateStatement(filter, update, Flag(statement, "upsert"), multi);
    }

    /// <summary>Parses an update document; aggregation-pipeline updates are refused explicitly.</summary>
    public static UpdateSpec ParseUpdate(BsonValue? update, BsonValue? arrayFilters, TimeProvider time, string field)
    {
        var filters = arrayFilters switch
        {
            null or BsonNull => null,
            BsonArray array => array,
            var other => throw ServerErrors.TypeMismatch($"BSON field 'arrayFilters' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'array'"),
        };
        return update switch
        {
            BsonDocument document => UpdateSpec.Parse(document, filters, time),
            BsonArray => throw new CommandException(238, "NotImplemented", "aggregation pipeline updates are not supported by the embedded server"),
            null => throw new CommandException(40414, "Location40414", $"BSON field '{field}' is missing but a required field"),
            var other => throw ServerErrors.TypeMismatch($"BSON field '{field}' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'object'"),
        };
    }

    private static bool Flag(BsonDocument statement, string name) =>
        statement.GetValueOrDefault(name) switch
        {
            null or BsonNull => false,
            BsonBoolean b => b.Value,
            var other when other.IsNumeric => !BsonValueComparer.Instance.Equals(other, 0),
            var other => throw ServerErrors.TypeMismatch($"BSON field 'update.updates.{name}' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'bool'"),
        };
}
