using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Introspection;

/// <summary>
/// A test-only stand-in for the executor, just enough to run the introspection query through the introspection
/// resolvers: fields, aliases, literal arguments, fragment spreads and result completion of lists, non-null and leaves.
/// </summary>
internal sealed class IntrospectionWalker
{
    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;

    public IntrospectionWalker(Schema schema, DocumentNode document)
    {
        _schema = schema;
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        Operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
    }

    private OperationDefinitionNode Operation { get; }

    public Task<Dictionary<string, object?>> ExecuteAsync() => SelectAsync(_schema.QueryType!, null, Operation.SelectionSet);

    private IEnumerable<FieldNode> Collect(SelectionSetNode set) => set.Selections.SelectMany(selection => selection switch
    {
        FieldNode field => [field],
        FragmentSpreadNode spread => Collect(_fragments[spread.Name.Value].SelectionSet),
        InlineFragmentNode inline => Collect(inline.SelectionSet),
        _ => throw new InvalidOperationException($"Unexpected selection {selection.Kind}."),
    });

    private async Task<Dictionary<string, object?>> SelectAsync(ObjectType type, object? parent, SelectionSetNode set)
    {
        var result = new Dictionary<string, object?>();
        foreach (var node in Collect(set))
        {
            var responseName = node.Alias?.Value ?? node.Name.Value;
            var field = IntrospectionFields.Find(_schema, type, node.Name.Value) ?? type.GetField(node.Name.Value)
                ?? throw new InvalidOperationException($"No field {node.Name.Value} on {type.Name}.");
            var arguments = new Dictionary<string, object?>();
            foreach (var argument in field.Arguments)
            {
                var given = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
                if (given is not null)
                {
                    arguments[argument.Name] = ValueCoercion.CoerceInputLiteral(given.Value, argument.Type);
                }
                else if (argument.HasDefaultValue)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
            }

            var resolver = field.Resolver ?? throw new InvalidOperationException($"{field} has no resolver.");
            var value = await resolver(new TestResolveContext(_schema, type, field, parent, arguments));
            result[responseName] = await CompleteAsync(field.Type, value, node);
        }

        return result;
    }

    private async Task<object?> CompleteAsync(GraphQLType type, object? value, FieldNode node)
    {
        if (type is NonNullType nonNull)
        {
            return await CompleteAsync(nonNull.OfType, value, node) ?? throw new InvalidOperationException($"Null for non-null {node.Name.Value}.");
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => await CompleteListAsync(list, (System.Collections.IEnumerable)value, node),
            ObjectType objectType => await SelectAsync(objectType, value, node.SelectionSet!),
            ScalarType scalar => scalar.Serialize(value),
            EnumType enumType => enumType.Serialize(value),
            _ => throw new InvalidOperationException($"Cannot complete {type}."),
        };
    }

    private async Task<List<object?>> CompleteListAsync(ListType list, System.Collections.IEnumerable items, FieldNode node)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            result.Add(await CompleteAsync(list.OfType, item, node));
        }

        return result;
    }
}
