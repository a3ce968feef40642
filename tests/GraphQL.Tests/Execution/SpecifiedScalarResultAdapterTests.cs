using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§3.5 host-specific result coercion: <see cref="SchemaBuildOptions.SpecifiedScalarResultAdapter"/>.</summary>
public sealed class SpecifiedScalarResultAdapterTests
{
    private sealed record Boxed(object? Inner);

    private static readonly Dictionary<string, FieldResolver> Resolvers = new()
    {
        ["Query.count"] = Value(new Boxed(7L)),
        ["Query.ratio"] = Value(new Boxed(2)),
        ["Query.name"] = Value("plain"),
        ["Query.nothing"] = Value(new Boxed(null)),
        ["Query.items"] = Value(new object[] { new Boxed(1L), new Boxed("bad"), 3 }),
        ["Query.custom"] = Value(new Boxed(1)),
    };

    private static readonly List<(string Scalar, object Value)> Seen = [];

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(
        "scalar Custom type Query { count: Int ratio: Float name: String nothing: Boolean items: [Int] custom: Custom }",
        new SchemaBuildOptions
        {
            ResolveField = (type, field) => Resolvers.GetValueOrDefault($"{type}.{field}"),
            SpecifiedScalarResultAdapter = Adapt,
        });

    private static object? Adapt(ScalarType scalar, object value)
    {
        lock (Seen)
        {
            Seen.Add((scalar.Name, value));
        }

        return value is not Boxed boxed ? value
            : boxed.Inner is string text && scalar.Name == "Int" ? throw new CoercionException($"Int cannot represent '{text}'.")
            : boxed.Inner is long number ? checked((int)number)
            : boxed.Inner;
    }

    [Fact]
    public async Task Adapted_values_are_serialized_by_the_built_in_coercion()
    {
        var result = await RunAsync(BuildSchema(), "{ count ratio name nothing }");

        result.ToJson().ShouldBe("""{"data":{"count":7,"ratio":2,"name":"plain","nothing":null}}""");
    }

    [Fact]
    public async Task A_coercion_error_of_the_adapter_nulls_only_that_list_element()
    {
        var result = await RunAsync(BuildSchema(), "{ items }");

        result.ToJson().ShouldBe("""{"errors":[{"message":"Int cannot represent 'bad'.","locations":[{"line":1,"column":3}],"path":["items",1]}],"data":{"items":[1,null,3]}}""");
    }

    [Fact]
    public async Task Canonical_values_and_custom_scalars_bypass_the_adapter()
    {
        lock (Seen)
        {
            Seen.Clear();
        }

        await RunAsync(BuildSchema(), "{ name custom }");

        lock (Seen)
        {
            Seen.ShouldNotContain(entry => entry.Value is string || entry.Scalar == "Custom");
        }
    }

    [Fact]
    public async Task Without_an_adapter_a_host_value_is_still_rejected_by_the_built_in_coercion()
    {
        var schema = Build("type Query { count: Int }", new Dictionary<string, FieldResolver> { ["Query.count"] = Value(new Boxed(7L)) });

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ count }") });

        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Int cannot represent");
    }
}
