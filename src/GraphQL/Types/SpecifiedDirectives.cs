using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>The directives every schema has (§3.13.1–§3.13.5), with graphql-js 17 descriptions.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason used when <c>@deprecated</c> gives none (§3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(ScalarType.Boolean)) { Description = "Skipped when true." }])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
    };

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(ScalarType.Boolean)) { Description = "Included when true." }])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
    };

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new Argument("reason", new NonNullType(ScalarType.String))
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValueLiteral = new StringValueNode(default, DefaultDeprecationReason, block: false),
            },
        ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
    };

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new Argument("url", new NonNullType(ScalarType.String)) { Description = "The URL that specifies the behavior of this scalar." }])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
    };

    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>In graphql-js <c>specifiedDirectives</c> order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
