using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A leaf type whose values are opaque to GraphQL (§3.5); behaviour comes from its <see cref="IScalarCoercion"/>.</summary>
public sealed class ScalarType : LeafType
{
    public ScalarType(string name, IScalarCoercion coercion)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(coercion);
        Coercion = coercion;
    }

    /// <summary>§3.5.1 Int.</summary>
    public static ScalarType Int { get; } = Builtin("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.", new IntCoercion());

    /// <summary>§3.5.2 Float.</summary>
    public static ScalarType Float { get; } = Builtin("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).", new FloatCoercion());

    /// <summary>§3.5.3 String.</summary>
    public static ScalarType String { get; } = Builtin("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.", new StringCoercion());

    /// <summary>§3.5.4 Boolean.</summary>
    public static ScalarType Boolean { get; } = Builtin("Boolean", "The `Boolean` scalar type represents `true` or `false`.", new BooleanCoercion());

    /// <summary>§3.5.5 ID.</summary>
    public static ScalarType ID { get; } = Builtin("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.", new IdCoercion());

    /// <summary>The five scalars every schema knows (§3.5).</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = [String, Int, Float, Boolean, ID];

    public IScalarCoercion Coercion { get; }

    /// <summary>The <c>@specifiedBy(url:)</c> of a custom scalar (§3.13.5).</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Whether this is one of the built-in scalars of §3.5.</summary>
    public bool IsSpecifiedScalar => SpecifiedScalars.Contains(this);

    public override TypeKind Kind => TypeKind.Scalar;

    public override object? Serialize(object? value) => Coercion.Serialize(value);

    public override object? ParseValue(object? value) => Coercion.ParseValue(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => Coercion.ParseLiteral(literal, variables);

    public override ValueNode? ValueToLiteral(object? value) => Coercion.ValueToLiteral(value);

    private static ScalarType Builtin(string name, string description, IScalarCoercion coercion) =>
        new(name, coercion) { Description = description };
}
