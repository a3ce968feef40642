using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// The parsed arguments of $lookup (manual "$lookup"): the equality form (localField/foreignField), the
/// sub-pipeline form (let/pipeline), or both combined (MongoDB 5.0+).
/// </summary>
internal sealed record LookupSpec(
    string? Database,
    string From,
    BsonPath? LocalField,
    BsonPath? ForeignField,
    string As,
    IReadOnlyList<(string Name, Expression Value)> Let,
    IReadOnlyList<IPipelineStage>? Pipeline)
{
    private static readonly string[] Known = ["from", "localField", "foreignField", "as", "let", "pipeline"];

    public static LookupSpec Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.FailedToParse($"the $lookup specification must be an Object, but found {TypeNames.Of(specification)}");
        }

        foreach (var name in spec.Names)
        {
            if (Array.IndexOf(Known, name) < 0)
            {
                throw AggregationErrors.FailedToParse($"unknown argument to $lookup: {name}");
            }
        }

        var (database, from) = ParseFrom(spec.GetValueOrDefault("from"));
        var local = OptionalPath(spec, "localField");
        var foreign = OptionalPath(spec, "foreignField");
        if ((local is null) != (foreign is null))
        {
            throw AggregationErrors.FailedToParse("$lookup requires both or neither of 'localField' and 'foreignField' to be specified");
        }

        var asField = spec.GetValueOrDefault("as") switch
        {
            BsonString { Value.Length: > 0 } s when !s.Value.StartsWith('$') => s.Value,
            null => throw AggregationErrors.FailedToParse("must specify 'as' field for a $lookup"),
            var other => throw AggregationErrors.FailedToParse($"$lookup argument 'as' must be a non-empty field path not starting with '$', found: {other}"),
        };
        var pipeline = spec.GetValueOrDefault("pipeline") switch
        {
            null => null,
            BsonArray stages => StageParsers.ParseAll(stages),
            var other => throw AggregationErrors.FailedToParse($"$lookup argument 'pipeline' must be an array, is type {TypeNames.Of(other)}"),
        };
        if (pipeline is null && local is null)
        {
            throw AggregationErrors.FailedToParse("$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified");
        }

        var let = spec.GetValueOrDefault("let") switch
        {
            null => [],
            BsonDocument vars when pipeline is not null => vars.Select(e => (VariableNames.Validate(e.Name), Expression.Parse(e.Value))).ToList(),
            BsonDocument => throw AggregationErrors.FailedToParse("$lookup with 'let' must also specify 'pipeline'"),
            var other => throw AggregationErrors.FailedToParse($"$lookup argument 'let' must be an object, is type {TypeNames.Of(other)}"),
        };
        return new LookupSpec(database, from, local, foreign, asField, let, pipeline);
    }

    private static (string? Database, string Collection) ParseFrom(BsonValue? from) => from switch
    {
        BsonString { Value.Length: > 0 } s => (null, s.Value),
        BsonDocument d when d.GetValueOrDefault("db") is BsonString db && d.GetValueOrDefault("coll") is BsonString coll => (db.Value, coll.Value),
        null => throw AggregationErrors.FailedToParse("missing 'from' option to $lookup stage specification"),
        _ => throw AggregationErrors.FailedToParse($"$lookup 'from' field must be a string or an object with 'db' and 'coll', but found {TypeNames.Of(from)}"),
    };

    private static BsonPath? OptionalPath(BsonDocument spec, string name) => spec.GetValueOrDefault(name) switch
    {
        null => null,
        BsonString { Value: var text } when BsonPath.TryParse(text, out var path) => path,
        var other => throw AggregationErrors.FailedToParse($"$lookup argument '{name}' must be a string, found {other}: {TypeNames.Of(other)}"),
    };
}
