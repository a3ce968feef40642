using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

/// <summary>The API the query engine uses for $expr: parse once, evaluate per document with variables.</summary>
public class PublicExpressionApiTests
{
    private static readonly ExpressionVariables Variables = ExpressionVariables.Create(BsonDateTime.FromDateTimeOffset(FixedClock.Instant));

    [Fact]
    public void Parsed_expression_evaluates_against_many_documents()
    {
        var expression = Expression.Parse(Shell.Value("{$gt: ['$spent', '$budget']}"));
        expression.Evaluate(Shell.Doc("{spent: 5, budget: 3}"), Variables).ShouldBe(BsonBoolean.True);
        expression.Evaluate(Shell.Doc("{spent: 1, budget: 3}"), Variables).ShouldBe(BsonBoolean.False);
    }

    [Fact]
    public void Bound_variables_are_visible_and_shadow_outer_ones()
    {
        var expression = Expression.Parse(Shell.Value("{$add: ['$$x', '$a']}"));
        var outer = Variables.With("x", 1);
        expression.Evaluate(Shell.Doc("{a: 10}"), outer).ShouldBe(new BsonInt32(11));
        expression.Evaluate(Shell.Doc("{a: 10}"), outer.With("x", 5)).ShouldBe(new BsonInt32(15));
    }

    [Fact]
    public void Missing_field_evaluates_to_null_reference() =>
        Expression.Parse(new BsonString("$nope")).Evaluate(BsonDocument.Empty, Variables).ShouldBeNull();

    [Fact]
    public void Variables_from_a_let_document_are_bound_in_order()
    {
        var variables = ExpressionVariables.Create(BsonDateTime.FromDateTimeOffset(FixedClock.Instant), Shell.Doc("{a: 1, b: 'two'}"));
        variables.TryGet("b", out var b).ShouldBeTrue();
        b.ShouldBe(new BsonString("two"));
        variables.TryGet("c", out _).ShouldBeFalse();
        variables.Now.ShouldBe(BsonDateTime.FromDateTimeOffset(FixedClock.Instant));
    }
}
