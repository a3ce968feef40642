using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Rewrites a filter for a collation: the values that are compared with documents (equality, $eq, $ne, $gt,
/// $gte, $lt, $lte, $in, $nin, $all, inside $not, $elemMatch, $and, $or and $nor) become collation keys, so the
/// filter matches collation-keyed documents. Operator arguments that are not compared values ($type names,
/// $regex patterns, $exists flags, $expr, …) are left alone, as the server applies no collation to them.
/// </summary>
internal static class CollatedFilter
{
    public static BsonDocument Rewrite(BsonDocument filter, Collation collation) =>
        new(filter.Select(e => new BsonElement(e.Name, e.Name switch
        {
            "$and" or "$or" or "$nor" when e.Value is BsonArray clauses =>
                new BsonArray(clauses.Select(c => c is BsonDocument clause ? Rewrite(clause, collation) : c)),
            _ when e.Name.StartsWith('$') => e.Value,
            _ => Condition(e.Value, collation),
        })));

    private static BsonValue Condition(BsonValue condition, Collation collation)
    {
        if (condition is not BsonDocument operators || !FilterParser.IsOperatorDocument(operators))
        {
            return collation.Key(condition);
        }

        return new BsonDocument(operators.Select(e => new BsonElement(e.Name, e.Name switch
        {
            "$eq" or "$ne" or "$gt" or "$gte" or "$lt" or "$lte" or "$in" or "$nin" or "$all" => collation.Key(e.Value),
            "$not" when e.Value is BsonDocument => Condition(e.Value, collation),
            "$elemMatch" when e.Value is BsonDocument inner =>
                FilterParser.IsOperatorDocument(inner) ? Condition(inner, collation) : Rewrite(inner, collation),
            _ => e.Value,
        })));
    }
}
