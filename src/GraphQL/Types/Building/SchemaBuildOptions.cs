using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>How the host plugs behaviour into a schema built from SDL (<see cref="SchemaBuilder"/>).</summary>
public sealed class SchemaBuildOptions
{
    public static SchemaBuildOptions Default { get; } = new();

    /// <summary>Called once per object/interface field with (type name, field name); null keeps the executor's default resolver.</summary>
    public Func<string, string, FieldResolver?>? ResolveField { get; init; }

    /// <summary>Implementations of the SDL's custom scalars by name; unlisted custom scalars pass values through unchanged.</summary>
    public IReadOnlyDictionary<string, IScalarCoercion> Scalars { get; init; } = new Dictionary<string, IScalarCoercion>();

    /// <summary>Internal values per enum name, then per value name; unmapped values use their name as internal value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> EnumValues { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, object?>>();

    /// <summary>Abstract type resolution per interface or union name (§6.4.4).</summary>
    public IReadOnlyDictionary<string, TypeResolver> TypeResolvers { get; init; } = new Dictionary<string, TypeResolver>();

    /// <summary>
    /// Adapts host values of the specified scalars (Int, Float, String, Boolean, ID) before their built-in result
    /// coercion (§3.5 allows host-specific coercion); null keeps the built-in coercion alone.
    /// </summary>
    public SpecifiedScalarResultAdapter? SpecifiedScalarResultAdapter { get; init; }

    /// <summary>Whether <c>__schema</c>/<c>__type</c> may be queried (§4).</summary>
    public bool IsIntrospectionEnabled { get; init; } = true;

    /// <summary>Skips the §3 type-system validation (SDL-level errors are still reported); for trusted, pre-validated SDL.</summary>
    public bool AssumeValid { get; init; }

    public ParserOptions? ParserOptions { get; init; }
}
