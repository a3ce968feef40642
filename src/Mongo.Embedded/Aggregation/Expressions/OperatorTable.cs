using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Expression operators by name. Each family registers its operators here once; parsing looks the name up,
/// so adding an operator never touches the parser.
/// </summary>
internal sealed class OperatorTable
{
    private readonly Dictionary<string, Func<BsonValue, Expression>> _parsers = new(StringComparer.Ordinal);

    public static OperatorTable Default { get; } = Build();

    public bool TryGet(string name, out Func<BsonValue, Expression> parse) => _parsers.TryGetValue(name, out parse!);

    /// <summary>An operator taking positional arguments that are all evaluated before the function runs.</summary>
    public void Function(string name, int min, int max, Func<BsonValue?[], BsonValue?> function) =>
        _parsers.Add(name, argument => new FunctionExpression(ExpressionParser.ParseArguments(name, argument, min, max), function));

    /// <summary>An operator with its own argument syntax (named arguments, lazy evaluation, variables).</summary>
    public void Special(string name, Func<BsonValue, Expression> parse) => _parsers.Add(name, parse);

    private static OperatorTable Build()
    {
        var table = new OperatorTable();
        ArithmeticOperators.Register(table);
        MathOperators.Register(table);
        ComparisonOperators.Register(table);
        LogicalOperators.Register(table);
        StringOperators.Register(table);
        StringSearchOperators.Register(table);
        ArrayOperators.Register(table);
        ArrayIterationOperators.Register(table);
        TypeOperators.Register(table);
        DateOperators.Register(table);
        ObjectOperators.Register(table);
        AccumulatorOperators.Register(table);
        SetOperators.Register(table);
        RegexFindOperators.Register(table);
        DateArithmeticOperators.Register(table);
        DateConstructionOperators.Register(table);
        ArrayReshapeOperators.Register(table);
        return table;
    }
}
