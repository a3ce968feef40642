using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Sessions;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// What a pipeline may consult besides its input: other collections ($lookup), the current database, the
/// aggregate command's <c>let</c> variables and the clock behind <c>$$NOW</c> (manual "Variables in
/// Aggregation Expressions": NOW is fixed for the whole execution, so it is read once per run).
/// </summary>
public sealed class AggregationContext
{
    public AggregationContext(ICollectionSource collections, string database, TimeProvider clock, BsonDocument? variables = null, Collation? collation = null)
    {
        Collation = collation;
        ArgumentNullException.ThrowIfNull(collections);
        ArgumentException.ThrowIfNullOrEmpty(database);
        ArgumentNullException.ThrowIfNull(clock);
        Collections = collections;
        Database = database;
        Clock = clock;
        Variables = variables ?? BsonDocument.Empty;
    }

    public ICollectionSource Collections { get; }

    public string Database { get; }

    public TimeProvider Clock { get; }

    /// <summary>
    /// The aggregate command's <c>let</c> document: names to expressions (usually constants), evaluated once
    /// per execution with $$NOW in scope.
    /// </summary>
    public BsonDocument Variables { get; }

    /// <summary>The aggregate command's collation, which $match and $sort compare strings under; null for binary.</summary>
    public Collation? Collation { get; }

    /// <summary>The server's session cache, which $listLocalSessions reads; null where there is none (unit tests).</summary>
    internal LogicalSessionRegistry? Sessions { get; init; }
}
