using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// A variable used as (part of) a value: the input type expected where it appears and whether that location has a
/// default value of its own (§5.8.5 AreTypesCompatible / "hasLocationDefaultValue"). <see cref="ParentType"/> is the
/// input type enclosing that location (the input object, for a OneOf check).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, bool HasLocationDefaultValue);
