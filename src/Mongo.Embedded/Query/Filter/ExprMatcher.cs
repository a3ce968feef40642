using System.Text.RegularExpressions;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $expr (manual "$expr"): the document matches when the aggregation expression is truthy. The expression
/// language is the aggregation engine's, so $expr and $match/$project evaluate identically; its errors are
/// reported as <see cref="QueryException"/> with the same code, like every other filter error.
/// </summary>
internal sealed partial class ExprMatcher : Matcher
{
    private readonly Expression _expression;
    private readonly ExpressionVariables _variables;

    private ExprMatcher(Expression expression, ExpressionVariables variables)
    {
        _expression = expression;
        _variables = variables;
    }

    // $expr reads fields through expressions, never as a query path a positional '$' could refer to.
    public override IEnumerable<string> Paths => [];

    public static ExprMatcher Parse(BsonValue argument, ExpressionVariables variables)
    {
        try
        {
            return new ExprMatcher(Expression.Parse(argument), variables);
        }
        catch (AggregationException e)
        {
            throw AsQueryError(e);
        }
    }

    public override bool Matches(BsonDocument document)
    {
        try
        {
            // Manual "$expr": truthiness as in $and — false, null, 0, undefined and missing are false.
            return _expression.Evaluate(document, _variables) is { } value && NumericValues.IsTruthy(value);
        }
        catch (AggregationException e)
        {
            throw AsQueryError(e);
        }
    }

    /// <summary>
    /// The command's <c>let</c> (manual "find &gt; let"): each value is a constant expression, evaluated once
    /// in order, so later variables may use earlier ones.
    /// </summary>
    public static ExpressionVariables Scope(BsonDocument? let, DateTimeOffset now)
    {
        var scope = ExpressionVariables.Create(BsonDateTime.FromDateTimeOffset(now));
        foreach (var (name, value) in let ?? BsonDocument.Empty)
        {
            // Server: Variables::validateNameForUserWrite, code 16870.
            if (!UserVariableName().IsMatch(name))
            {
                throw QueryErrors.Location(16870, $"'{name}' starts with an invalid character for a user variable name");
            }

            try
            {
                scope = scope.With(name, Expression.Parse(value).Evaluate(BsonDocument.Empty, scope) ?? BsonNull.Value);
            }
            catch (AggregationException e)
            {
                throw AsQueryError(e);
            }
        }

        return scope;
    }

    private static QueryException AsQueryError(AggregationException e) => new(e.Code, e.CodeName, e.Message, e);

    [GeneratedRegex("^[a-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UserVariableName();
}
