using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// Replaces every document containing <c>$fk</c> (whatever its other keys) by the value at that path of the
/// parent document (§6.3). Runs after <c>$arg</c>. Like RESTHeart it descends documents and arrays of documents,
/// but does not scan arrays nested directly inside arrays. A missing path gives BSON null (§6.3, kept: the
/// filter then matches null-or-missing fields, which is what RESTHeart users get).
/// </summary>
public static class ForeignKeyInterpolator
{
    private const string Operator = "$fk";

    public static BsonValue Interpolate(BsonValue template, BsonDocument? parent)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template switch
        {
            BsonDocument document => InterpolateDocument(document, parent),
            BsonArray array => InterpolateArray(array, parent),
            _ => template,
        };
    }

    /// <summary>True when a <c>$fk</c> operator occurs anywhere the interpolation reaches (the value depends on its parent).</summary>
    public static bool ContainsForeignKey(BsonValue template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template switch
        {
            BsonDocument document => document.Contains(Operator) || document.Values.Any(ContainsForeignKey),
            BsonArray array => array.OfType<BsonDocument>().Any(ContainsForeignKey),
            _ => false,
        };
    }

    private static BsonValue InterpolateDocument(BsonDocument document, BsonDocument? parent)
    {
        if (!document.TryGetValue(Operator, out var path))
        {
            return CopyOnChange.Document(document, parent, Interpolate);
        }

        if (path is not BsonString text)
        {
            throw new MappingException($"invalid $fk: {document}");
        }

        // At the Query level there is no parent (§4: the root value is null), so $fk cannot work there.
        return parent is null
            ? throw new MappingException($"$fk requires a parent document: {document}")
            : DocumentPath.Walk(parent, text.Value) ?? BsonNull.Value;
    }

    private static BsonArray InterpolateArray(BsonArray array, BsonDocument? parent) =>
        CopyOnChange.Array(array, parent, static (item, parent) => item is BsonDocument element ? InterpolateDocument(element, parent) : item);
}
