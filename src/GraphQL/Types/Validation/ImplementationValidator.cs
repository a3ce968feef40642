namespace Serverless.GraphQL.Types;

/// <summary>§3.6 / §3.7 Type Validation of objects and interfaces: fields, arguments and interface implementation (§3.6.2 IsValidImplementation).</summary>
internal sealed class ImplementationValidator(Schema schema, List<SchemaError> errors)
{
    public void Validate(ImplementingType type)
    {
        ValidateFields(type);
        ValidateInterfaces(type);
    }

    private void ValidateFields(ImplementingType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]));
        }

        foreach (var field in type.Fields)
        {
            SchemaValidator.ValidateName(field.Name, field.AstNode, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add(new SchemaError($"The type of {field} must be Output Type but got: {field.Type}.", [field.AstNode?.Type]));
            }

            foreach (var argument in field.Arguments)
            {
                SchemaValidator.ValidateInputValue(argument, "argument", errors);
            }
        }
    }

    private void ValidateInterfaces(ImplementingType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add(new SchemaError($"Type {type.Name} cannot implement itself because it would create a circular reference.", [type.AstNode]));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add(new SchemaError($"Type {type.Name} can only implement {iface.Name} once.", [type.AstNode]));
                continue;
            }

            ValidateAncestors(type, iface);
            ValidateImplementation(type, iface);
        }
    }

    // §3.7 "Interfaces Implementing Interfaces": transitively implemented interfaces must be declared too.
    private void ValidateAncestors(ImplementingType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(new SchemaError(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [iface.AstNode, type.AstNode]));
            }
        }
    }

    private void ValidateImplementation(ImplementingType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                errors.Add(new SchemaError($"Interface field {ifaceField} expected but {type.Name} does not provide it.", [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]));
                continue;
            }

            // §3.6.2 IsValidImplementationFieldType: covariant field types.
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add(new SchemaError($"Interface field {ifaceField} expects type {ifaceField.Type} but {typeField} is type {typeField.Type}.", [ifaceField.AstNode?.Type, typeField.AstNode?.Type]));
            }

            ValidateArguments(type, ifaceField, typeField);

            // §3.6.2: an implementation may not deprecate a field its interface leaves undeprecated.
            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                errors.Add(new SchemaError($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.", [typeField.AstNode]));
            }
        }
    }

    // §3.6.2: arguments are invariant, and additional arguments must be optional.
    private void ValidateArguments(ImplementingType type, Field ifaceField, Field typeField)
    {
        foreach (var ifaceArgument in ifaceField.Arguments)
        {
            var typeArgument = typeField.GetArgument(ifaceArgument.Name);
            if (typeArgument is null)
            {
                errors.Add(new SchemaError($"Interface field argument {ifaceArgument} expected but {typeField} does not provide it.", [ifaceArgument.AstNode, typeField.AstNode]));
                continue;
            }

            if (!ifaceArgument.Type.IsEqualTo(typeArgument.Type))
            {
                errors.Add(new SchemaError($"Interface field argument {ifaceArgument} expects type {ifaceArgument.Type} but {typeArgument} is type {typeArgument.Type}.", [ifaceArgument.AstNode?.Type, typeArgument.AstNode?.Type]));
            }
        }

        foreach (var typeArgument in typeField.Arguments)
        {
            if (typeArgument.IsRequired && ifaceField.GetArgument(typeArgument.Name) is null)
            {
                errors.Add(new SchemaError($"Argument \"{typeArgument}\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{ifaceField}\".", [typeArgument.AstNode, ifaceField.AstNode]));
            }
        }
    }
}
