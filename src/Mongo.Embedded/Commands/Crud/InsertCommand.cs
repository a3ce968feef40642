using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>insert: adds documents, creating the collection on first use (manual "insert").</summary>
internal sealed class InsertCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["insert"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var batch = new WriteBatch(context, "documents");
        var statements = batch.Statements();
        var collection = context.Server.Catalog.GetOrCreate(context.DatabaseName, name);
        var inserted = 0;
        batch.Run(statements, (_, value) =>
        {
            if (value is not BsonDocument document)
            {
                throw ServerErrors.TypeMismatch($"BSON field 'insert.documents' element is the wrong type '{BsonTypeAliases.NameOf(value.Type)}', expected type 'object'");
            }

            var stored = DocumentIds.EnsureId(document);
            var size = BsonCodec.Encode(stored).Length;
            if (size > Admin.HelloCommand.MaxBsonObjectSize)
            {
                throw new CommandException(10334, "BSONObjectTooLarge", $"object to insert too large. size in bytes: {size}, max size: {Admin.HelloCommand.MaxBsonObjectSize}");
            }

            collection.Write(table =>
            {
                table.Insert(stored);
                return true;
            });
            inserted++;
        });
        return batch.Reply(new BsonElement("n", inserted));
    }
}
