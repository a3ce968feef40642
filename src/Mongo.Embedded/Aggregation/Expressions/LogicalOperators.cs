using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Boolean, conditional and variable operators, which evaluate their arguments lazily: $and, $or (short
/// circuit), $not, $cond, $ifNull, $switch, $let, $literal (manual "Boolean/Conditional Expression Operators",
/// "$let", "$literal").
/// </summary>
internal static class LogicalOperators
{
    public static void Register(OperatorTable table)
    {
        table.Special("$and", argument => ShortCircuit("$and", argument, stopOn: false));
        table.Special("$or", argument => ShortCircuit("$or", argument, stopOn: true));
        table.Function("$not", 1, 1, v => BsonBoolean.Create(!TypeNames.IsTrue(v[0])));
        table.Special("$cond", ParseCond);
        table.Special("$ifNull", ParseIfNull);
        table.Special("$switch", ParseSwitch);
        table.Special("$let", ParseLet);
        table.Special("$literal", argument => new ConstantExpression(argument));
    }

    private static DelegateExpression ShortCircuit(string name, BsonValue argument, bool stopOn)
    {
        var operands = ExpressionParser.ParseArguments(name, argument, 0, int.MaxValue);
        return new DelegateExpression((root, variables) =>
        {
            foreach (var operand in operands)
            {
                if (TypeNames.IsTrue(operand.Evaluate(root, variables)) == stopOn)
                {
                    return BsonBoolean.Create(stopOn);
                }
            }

            return BsonBoolean.Create(!stopOn);
        });
    }

    // Manual "$cond": {if, then, else} or [if, then, else].
    private static DelegateExpression ParseCond(BsonValue argument)
    {
        Expression condition, then, otherwise;
        if (argument is BsonDocument)
        {
            var named = ExpressionParser.NamedArguments("$cond", argument, 17083, "if", "then", "else");
            condition = ExpressionParser.Required(named, "if", "$cond", 17080);
            then = ExpressionParser.Required(named, "then", "$cond", 17081);
            otherwise = ExpressionParser.Required(named, "else", "$cond", 17082);
        }
        else
        {
            var arguments = ExpressionParser.ParseArguments("$cond", argument, 3, 3);
            (condition, then, otherwise) = (arguments[0], arguments[1], arguments[2]);
        }

        return new DelegateExpression((root, variables) =>
            TypeNames.IsTrue(condition.Evaluate(root, variables)) ? then.Evaluate(root, variables) : otherwise.Evaluate(root, variables));
    }

    // Manual "$ifNull": the first operand that is neither null nor missing, else the last (the replacement).
    private static DelegateExpression ParseIfNull(BsonValue argument)
    {
        var operands = ExpressionParser.ParseArguments("$ifNull", argument, 2, int.MaxValue);
        return new DelegateExpression((root, variables) =>
        {
            for (var i = 0; i < operands.Length - 1; i++)
            {
                var value = operands[i].Evaluate(root, variables);
                if (!TypeNames.IsNullish(value))
                {
                    return value;
                }
            }

            return operands[^1].Evaluate(root, variables);
        });
    }

    private static DelegateExpression ParseSwitch(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$switch", argument, 40067, "branches", "default");
        if (!named.TryGetValue("branches", out var branchesValue) || branchesValue is not BsonArray branchList)
        {
            throw AggregationErrors.Location(40061, "$switch expected an array for 'branches'");
        }

        var branches = branchList.Select(branch =>
        {
            var parts = ExpressionParser.NamedArguments("$switch branch", branch, 40062, "case", "then");
            return (Case: ExpressionParser.Required(parts, "case", "$switch", 40064), Then: ExpressionParser.Required(parts, "then", "$switch", 40065));
        }).ToList();
        if (branches.Count == 0)
        {
            throw AggregationErrors.Location(40068, "$switch requires at least one branch.");
        }

        var fallback = ExpressionParser.Optional(named, "default");
        return new DelegateExpression((root, variables) =>
        {
            foreach (var (condition, then) in branches)
            {
                if (TypeNames.IsTrue(condition.Evaluate(root, variables)))
                {
                    return then.Evaluate(root, variables);
                }
            }

            return fallback is not null
                ? fallback.Evaluate(root, variables)
                : throw AggregationErrors.Location(40066, "$switch could not find a matching branch for an input, and no default was specified.");
        });
    }

    // Manual "$let": variables are evaluated in the outer scope, then "in" in the extended one.
    private static DelegateExpression ParseLet(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$let", argument, 16874, "vars", "in");
        if (!named.TryGetValue("vars", out var varsValue) || varsValue is not BsonDocument vars)
        {
            throw AggregationErrors.Location(16876, "Missing 'vars' parameter to $let");
        }

        var body = ExpressionParser.Required(named, "in", "$let", 16877);
        var bindings = vars.Select(e => (Name: VariableNames.Validate(e.Name), Value: ExpressionParser.Parse(e.Value))).ToList();
        return new DelegateExpression((root, variables) =>
        {
            var scope = variables;
            foreach (var (name, value) in bindings)
            {
                scope = scope.With(name, value.Evaluate(root, variables) ?? BsonNull.Value);
            }

            return body.Evaluate(root, scope);
        });
    }
}
