using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§6.2.2: a mutation's top-level fields run one after another, in selection order.</summary>
public sealed class MutationExecutionTests
{
    private const string Sdl = """
        type Query { counter: Int }
        type Mutation { increment(by: Int = 1): Int fail: Int require: Int! }
        """;

    [Fact]
    public async Task Top_level_mutation_fields_run_serially_in_selection_order()
    {
        var log = new List<string>();
        var counter = 0;
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Mutation.increment"] = async context =>
            {
                lock (log)
                {
                    log.Add($"start {context.Path[0]}");
                }

                // Yielding lets a concurrent sibling start; serial execution must not let it.
                await Task.Yield();
                var value = counter += (int)context.Arguments["by"]!;
                lock (log)
                {
                    log.Add($"end {context.Path[0]}");
                }

                return value;
            },
        });

        var result = await RunAsync(schema, "mutation { a: increment b: increment(by: 10) c: increment(by: 100) }");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"a":1,"b":11,"c":111}}"""));
        log.ShouldBe(["start a", "end a", "start b", "end b", "start c", "end c"]);
    }

    [Fact]
    public async Task A_failing_nullable_mutation_field_does_not_stop_the_next_one()
    {
        var counter = 0;
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Mutation.increment"] = _ => ValueTask.FromResult<object?>(++counter),
            ["Mutation.fail"] = _ => throw new GraphQLException("nope"),
        });

        var result = await RunAsync(schema, "mutation { fail increment }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"nope","locations":[{"line":1,"column":12}],"path":["fail"]}],"data":{"fail":null,"increment":1}}
            """));
    }

    [Fact]
    public async Task A_null_non_null_mutation_field_stops_the_remaining_fields()
    {
        var counter = 0;
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Mutation.increment"] = _ => ValueTask.FromResult<object?>(++counter),
            ["Mutation.require"] = Value(null),
        });

        var result = await RunAsync(schema, "mutation { require increment }");

        result.Data.ShouldBeNull();
        counter.ShouldBe(0);
    }
}
