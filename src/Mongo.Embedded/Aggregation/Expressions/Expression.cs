using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// A parsed aggregation expression (manual "Expressions"): parse once, evaluate per document. Evaluation
/// returns null for the server's "missing" (a field path that reaches nothing), which differs from BSON null.
/// Instances are immutable and thread-safe; the query engine uses this for <c>$expr</c> too.
/// </summary>
public abstract class Expression
{
    /// <summary>Parses an expression; unknown operators fail with InvalidPipelineOperator (168).</summary>
    public static Expression Parse(BsonValue specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return ExpressionParser.Parse(specification);
    }

    /// <summary>
    /// Evaluates against <paramref name="root"/> (both $$ROOT and $$CURRENT); null means missing.
    /// </summary>
    public abstract BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables);
}
