using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A parsed find projection (manual "Project Fields to Return from Query", "Projection Operators"):
/// inclusion or exclusion of (dotted) fields, <c>_id</c> included unless excluded, $slice, $elemMatch and the
/// positional <c>$</c>. Immutable and thread-safe.
/// </summary>
public sealed class Projection
{
    private readonly ProjectionNode _root;
    private readonly bool _inclusion;
    private readonly bool _keepId;

    private Projection(BsonDocument source, ProjectionNode root, bool inclusion, bool keepId)
    {
        Source = source;
        _root = root;
        _inclusion = inclusion;
        _keepId = keepId;
    }

    public BsonDocument Source { get; }

    /// <summary>True when the projection lists the fields to return rather than the fields to drop.</summary>
    public bool IsInclusion => _inclusion;

    /// <summary>True when the projection mentions a positional <c>$</c> and so needs the query filter.</summary>
    public bool UsesPositional { get; private init; }

    /// <exception cref="QueryException">The projection mixes inclusion and exclusion, has colliding paths or a bad operator.</exception>
    public static Projection Parse(BsonDocument projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var parser = new ProjectionParser();
        parser.AddAll(projection, prefix: null);
        var inclusion = parser.Mode ?? parser.IdLeaf is IncludeLeaf;
        var keepId = parser.IdLeaf is not ExcludeLeaf;
        return new Projection(projection, parser.Root, inclusion, keepId) { UsesPositional = parser.HasPositional };
    }

    public BsonDocument Apply(BsonDocument document) => Apply(document, filter: null);

    /// <param name="filter">The query's filter, which the positional <c>$</c> needs to know which element matched.</param>
    public BsonDocument Apply(BsonDocument document, QueryFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _root.ApplyToDocument(document, document, filter, _inclusion, _keepId);
    }
}
