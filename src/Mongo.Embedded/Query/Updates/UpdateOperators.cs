using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>The update operators (manual "Update Operators"), one factory per name.</summary>
internal static class UpdateOperators
{
    private static readonly Dictionary<string, Func<UpdatePath, BsonValue, FieldUpdate>> Factories = new(StringComparer.Ordinal)
    {
        ["$set"] = (path, value) => new SetUpdate(path, value),
        ["$setOnInsert"] = (path, value) => new SetOnInsertUpdate(path, value),
        ["$unset"] = (path, _) => new UnsetUpdate(path),
        ["$inc"] = (path, value) => new ArithmeticUpdate("$inc", path, value),
        ["$mul"] = (path, value) => new ArithmeticUpdate("$mul", path, value),
        ["$min"] = (path, value) => new MinMaxUpdate("$min", path, value, keepWhenSign: -1),
        ["$max"] = (path, value) => new MinMaxUpdate("$max", path, value, keepWhenSign: 1),
        ["$currentDate"] = (path, value) => new CurrentDateUpdate(path, value),
        ["$rename"] = (path, value) => new RenameUpdate(path, value),
        ["$push"] = (path, value) => new PushUpdate(path, value),
        ["$addToSet"] = (path, value) => new AddToSetUpdate(path, value),
        ["$pop"] = (path, value) => new PopUpdate(path, value),
        ["$pull"] = PullUpdate.Pull,
        ["$pullAll"] = PullUpdate.PullAll,
        ["$bit"] = (path, value) => new BitUpdate(path, value),
    };

    /// <summary>Parses <c>{$inc: {a: 1, b: 2}}</c>-style entries into one <see cref="FieldUpdate"/> per field.</summary>
    public static IEnumerable<FieldUpdate> Parse(string name, BsonValue argument)
    {
        // Server messages: update_driver / modifier_table parsing (FailedToParse).
        var factory = Factories.GetValueOrDefault(name) ?? throw QueryErrors.FailedToParse(
            $"Unknown modifier: {name}. Expected a valid update modifier or pipeline-style update specified as an array");
        if (argument is not BsonDocument fields)
        {
            throw QueryErrors.FailedToParse(
                $"Modifiers operate on fields but we found type {BsonTypeAliases.NameOf(argument.Type)} instead. For example: {{$mod: {{<field>: ...}}}} not {{{name}: {argument}}}");
        }

        // Manual "$set" (and the others): since 5.0 an empty operand such as {$set: {}} is a no-op, not an error.
        return fields.Select(f => factory(UpdatePath.Parse(f.Name), f.Value)).ToList();
    }
}
