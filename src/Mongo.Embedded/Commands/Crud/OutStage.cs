using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// $out: replaces the target collection's documents with the results, keeping its indexes; if any result
/// cannot be stored (a duplicate _id or unique key) the collection is left as it was (manual "$out").
/// </summary>
internal sealed class OutStage(string database, string collection) : OutputStage
{
    public static OutStage Parse(BsonValue specification, string database)
    {
        var (db, name) = Target(specification, database, "$out", "coll");
        return new OutStage(db, name);
    }

    public override void Write(Storage.Catalog catalog, IReadOnlyList<BsonDocument> results)
    {
        var documents = results.Select(WithId).ToList();
        catalog.GetOrCreate(database, collection).Write(table =>
        {
            var previous = table.Snapshot();
            table.Clear();
            try
            {
                foreach (var document in documents)
                {
                    table.Insert(document);
                }
            }
            catch (DuplicateKeyException)
            {
                // The server writes to a temporary collection and renames it only on success; restoring the
                // previous contents under the lock gives readers the same all-or-nothing view.
                table.Clear();
                foreach (var document in previous)
                {
                    table.Insert(document);
                }

                throw;
            }

            return documents.Count;
        });
    }
}
