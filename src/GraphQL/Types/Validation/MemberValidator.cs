namespace Serverless.GraphQL.Types;

/// <summary>§3.8, §3.9 and §3.10 Type Validation of unions, enums and input objects (incl. §3.10.1 OneOf).</summary>
internal sealed class MemberValidator(List<SchemaError> errors)
{
    public void ValidateUnion(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(new SchemaError($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add(new SchemaError($"Union type {union.Name} can only include type {member.Name} once.", [union.AstNode]));
            }
        }
    }

    public void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new SchemaError($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]));
        }

        foreach (var value in enumType.Values)
        {
            SchemaValidator.ValidateName(value.Name, value.AstNode, errors);
        }
    }

    public void ValidateInputObject(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]));
        }

        foreach (var field in input.Fields)
        {
            SchemaValidator.ValidateInputValue(field, "input field", errors);
            if (!input.IsOneOf)
            {
                continue;
            }

            if (field.Type is NonNullType)
            {
                errors.Add(new SchemaError($"OneOf input field {input.Name}.{field.Name} must be nullable.", [field.AstNode?.Type]));
            }

            if (field.HasDefaultValue)
            {
                errors.Add(new SchemaError($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", [field.AstNode]));
            }
        }
    }
}
