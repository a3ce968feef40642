using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// A literal as a scalar sees it during validation, when no variable has a value yet (graphql-js
/// <c>replaceVariables</c> without variable values): input-object fields given by a variable are left out, other
/// variables become <c>null</c>. Literals without variables are returned unchanged.
/// </summary>
internal static class StaticLiteral
{
    public static ValueNode WithoutVariables(ValueNode value) => value switch
    {
        VariableNode variable => new NullValueNode(variable.Location),
        ObjectValueNode obj when ContainsVariable(obj) => new ObjectValueNode(
            obj.Location,
            [.. obj.Fields.Where(f => f.Value is not VariableNode).Select(f => new ObjectFieldNode(f.Location, f.Name, WithoutVariables(f.Value)))]),
        ListValueNode list when ContainsVariable(list) => new ListValueNode(list.Location, [.. list.Values.Select(WithoutVariables)]),
        _ => value,
    };

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        ListValueNode list => list.Values.Any(ContainsVariable),
        _ => false,
    };
}
