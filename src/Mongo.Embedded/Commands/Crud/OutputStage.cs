using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// The write stages that may end a pipeline (manual "$out", "$merge"): the aggregate command runs the stages
/// before them, then hands the results here to be written, and answers with an empty cursor.
/// </summary>
internal abstract class OutputStage
{
    /// <summary>The pipeline's final $out or $merge, parsed, or null when the pipeline does not end in one.</summary>
    /// <exception cref="CommandException">A malformed specification, or a write stage before the end.</exception>
    public static OutputStage? ParseLast(BsonArray stages, string database)
    {
        for (var i = 0; i < stages.Count - 1; i++)
        {
            if (stages[i] is BsonDocument { Count: 1 } stage && stage[0].Name is "$out" or "$merge")
            {
                throw new CommandException(40601, "Location40601", $"{stage[0].Name} can only be the final stage in the pipeline");
            }
        }

        if (stages.Count == 0 || stages[^1] is not BsonDocument { Count: 1 } last)
        {
            return null;
        }

        return last[0].Name switch
        {
            "$out" => OutStage.Parse(last[0].Value, database),
            "$merge" => MergeStage.Parse(last[0].Value, database),
            _ => null,
        };
    }

    /// <summary>Writes the pipeline's results to the target collection.</summary>
    public abstract void Write(Storage.Catalog catalog, IReadOnlyList<BsonDocument> results);

    /// <summary>"coll" or {db, coll} (both stages accept the two forms for their target).</summary>
    protected static (string Database, string Collection) Target(BsonValue value, string database, string stage, string collectionField)
    {
        var (db, collection) = value switch
        {
            BsonString name => (database, name.Value),
            BsonDocument spec => (
                spec.GetValueOrDefault("db") is BsonString d ? d.Value : database,
                spec.GetValueOrDefault(collectionField) is BsonString c ? c.Value : throw ServerErrors.FailedToParse($"{stage} needs a target collection name in '{collectionField}'")),
            _ => throw ServerErrors.FailedToParse($"{stage} target must be a string or an object, not {value}"),
        };
        NamespaceRules.ValidateCollectionName(db, collection);
        return (db, collection);
    }

    protected static BsonDocument WithId(BsonDocument document) => DocumentIds.EnsureId(document);
}
