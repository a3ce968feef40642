using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>One value of an enum type (§3.9): its name on the wire and the internal value the host works with.</summary>
public sealed class EnumValue
{
    public EnumValue(string name, object? value)
    {
        NameValidator.Require(name);
        Name = name;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The internal value: what resolvers return and what arguments coerce to (the name itself unless the host maps it).</summary>
    public object? Value { get; }

    public string? Description { get; init; }

    /// <summary>The <c>@deprecated(reason:)</c> reason (§3.13.3); null when the value is not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    public override string ToString() => Name;
}
