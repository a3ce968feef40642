using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// The type-system rules of §3 ("Type Validation" of each type, §3.3 root types, §3.13 directives), in graphql-js
/// <c>validateSchema</c> order and wording so errors can be compared with the reference implementation.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var errors = new List<SchemaError>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        new DirectiveCycleValidator(schema, errors).Validate();
        var implementations = new ImplementationValidator(schema, errors);
        var members = new MemberValidator(errors);
        foreach (var type in schema.OrderedTypes)
        {
            if (!type.IsIntrospectionType)
            {
                ValidateName(type.Name, type.AstNode, errors);
            }

            switch (type)
            {
                case ImplementingType implementing:
                    implementations.Validate(implementing);
                    break;
                case UnionType union:
                    members.ValidateUnion(union);
                    break;
                case EnumType enumType:
                    members.ValidateEnum(enumType);
                    break;
                case InputObjectType input:
                    members.ValidateInputObject(input);
                    break;
            }
        }

        new InputObjectCycleValidator(errors).Validate(schema.OrderedTypes.OfType<InputObjectType>());
        return errors;
    }

    /// <summary>§3 "Names": names starting with "__" are reserved for introspection (§4).</summary>
    public static void ValidateName(string name, SyntaxNode? node, List<SchemaError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new SchemaError($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [node]));
        }
    }

    /// <summary>Checks an argument or input field: name, input type, deprecation of required inputs, default value.</summary>
    public static void ValidateInputValue(InputValue input, string requiredKind, List<SchemaError> errors)
    {
        ValidateName(input.Name, input.AstNode, errors);
        if (!input.Type.IsInputType)
        {
            errors.Add(new SchemaError($"The type of {input} must be Input Type but got: {input.Type}.", [input.AstNode?.Type]));
        }

        // §3.6.1 / §3.10: a required argument or input field cannot be deprecated.
        if (input.IsRequired && input.IsDeprecated)
        {
            errors.Add(new SchemaError($"Required {requiredKind} {input} cannot be deprecated.", [input.AstNode?.Type]));
        }

        if (input.DefaultValueLiteral is { } literal && input.Type.IsInputType)
        {
            try
            {
                ValueCoercion.CoerceInputLiteral(literal, input.Type);
            }
            catch (CoercionException error)
            {
                // graphql-js printPathArray: " at [1].field" after the coordinate.
                var path = error.ValuePath.Count == 0 ? string.Empty : " at " + string.Concat(error.ValuePath.Select(key => key is int index ? $"[{index}]" : $".{key}"));
                errors.Add(new SchemaError($"{input} has invalid default value{path}: {error.Message}", [literal]));
            }
        }
    }

    private static void ValidateRootTypes(Schema schema, List<SchemaError> errors)
    {
        if (schema.QueryType is null)
        {
            errors.Add(new SchemaError("Query root type must be provided.", [schema.AstNode]));
        }

        var roots = new (string Name, ObjectType? Type)[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) };
        foreach (var group in roots.Where(root => root.Type is not null).GroupBy(root => root.Type))
        {
            var operations = group.Select(root => root.Name).ToList();
            if (operations.Count > 1)
            {
                var list = operations.Count == 2 ? $"{operations[0]} and {operations[1]}" : $"{operations[0]}, {operations[1]}, and {operations[2]}";
                errors.Add(new SchemaError($"All root types must be different, \"{group.Key}\" type is used as {list} root types.", [schema.AstNode]));
            }
        }
    }

    private static void ValidateDirectives(Schema schema, List<SchemaError> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add(new SchemaError($"Directive {directive} must include 1 or more locations.", [directive.AstNode]));
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateInputValue(argument, "argument", errors);
            }
        }
    }
}
