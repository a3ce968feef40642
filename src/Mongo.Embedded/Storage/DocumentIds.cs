using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// The _id rules for stored documents (manual "Documents &gt; The _id Field"): generated as an ObjectId when
/// missing, always the first field, and never an array, regex or undefined.
/// </summary>
internal static class DocumentIds
{
    /// <exception cref="CommandException">The _id has a type MongoDB refuses (code 53 InvalidIdField).</exception>
    public static BsonDocument EnsureId(BsonDocument document)
    {
        var index = document.IndexOf("_id");
        if (index < 0)
        {
            return new BsonDocument([new BsonElement("_id", ObjectId.GenerateNewId()), .. document.AsSpan()]);
        }

        Validate(document[index].Value);
        if (index == 0)
        {
            return document;
        }

        var elements = new List<BsonElement>(document.Count) { document[index] };
        elements.AddRange(document.Where((_, i) => i != index));
        return new BsonDocument(elements);
    }

    public static void Validate(BsonValue id)
    {
        if (id.Type is BsonType.Array or BsonType.RegularExpression or BsonType.Undefined)
        {
            throw new CommandException(53, "InvalidIdField", $"The '_id' value cannot be of type {BsonTypeAliases.NameOf(id.Type)}");
        }

        // Storage validation (5.0+ allows '$'-prefixed names elsewhere, but not inside _id): an _id such as
        // {$a: 1} would read back as an operator expression.
        if (id is BsonDocument document && document.Names.FirstOrDefault(n => n.StartsWith('$')) is { } name)
        {
            throw new CommandException(52, "DollarPrefixedFieldName", $"_id fields may not contain '$'-prefixed fields: {name} is not valid for storage.");
        }
    }
}
