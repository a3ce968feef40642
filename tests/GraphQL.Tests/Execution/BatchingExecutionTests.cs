using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// The N+1 proof end to end: 100 parents whose child and grandchild fields load through DataLoaders cost one
/// batch call per level when executed by <see cref="Executor"/> on a schema built from SDL.
/// </summary>
public sealed class BatchingExecutionTests
{
    private const int ParentCount = 100;

    private const string Sdl = """
        type Query { parents: [Parent!]! }
        type Parent { id: Int! child: Child! }
        type Child { id: Int! grandchild: Grandchild }
        type Grandchild { id: Int! name: String! }
        """;

    [Fact]
    public async Task Hundred_parents_cost_one_batch_call_per_level()
    {
        // Repeated so an unlucky interleaving of resolver threads would show up as an extra call.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var calls = new BatchCalls();
            var loaders = new DataLoaderRegistry(new BatchDispatcher(2));
            using var request = new CancellationTokenSource();

            var result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = BuildSchema(calls),
                Document = Parser.Parse("{ parents { id child { id grandchild { id name } } } }"),
                Loaders = loaders,
                CancellationToken = request.Token,
            });

            result.Errors.ShouldBeEmpty();
            var parents = (object?[])result.Data!["parents"]!;
            parents.Length.ShouldBe(ParentCount);
            var last = (IReadOnlyDictionary<string, object?>)parents[^1]!;
            var child = (IReadOnlyDictionary<string, object?>)last["child"]!;
            child["id"].ShouldBe(1000 + ParentCount);
            ((IReadOnlyDictionary<string, object?>)child["grandchild"]!)["name"].ShouldBe($"grandchild {2000 + ParentCount}");
            calls.Of("child").ShouldHaveSingleItem().Order().ShouldBe(Enumerable.Range(1001, ParentCount));
            calls.Of("grandchild").ShouldHaveSingleItem().Order().ShouldBe(Enumerable.Range(2001, ParentCount));
            loaders.Dispatcher.Rounds.ShouldBe(2);
        }
    }

    private static Schema BuildSchema(BatchCalls calls)
    {
        var resolvers = new Dictionary<string, FieldResolver>
        {
            ["Query.parents"] = _ => ValueTask.FromResult<object?>(Enumerable.Range(1, ParentCount).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToList()),
            ["Parent.child"] = async context =>
                await Loader(context, "child", calls, id => new Dictionary<string, object?> { ["id"] = id })
                    .LoadAsync(1000 + (int)((IReadOnlyDictionary<string, object?>)context.Parent!)["id"]!, context.CancellationToken),
            ["Child.grandchild"] = async context =>
                await Loader(context, "grandchild", calls, id => new Dictionary<string, object?> { ["id"] = id, ["name"] = $"grandchild {id}" })
                    .LoadAsync(1000 + (int)((IReadOnlyDictionary<string, object?>)context.Parent!)["id"]!, context.CancellationToken),
        };
        return ExecutionTestKit.Build(Sdl, resolvers);
    }

    private static DataLoader<int, IReadOnlyDictionary<string, object?>> Loader(
        IResolveFieldContext context, string name, BatchCalls calls, Func<int, IReadOnlyDictionary<string, object?>> load) =>
        context.GetLoaders().GetOrAdd<int, IReadOnlyDictionary<string, object?>>(name, dispatcher => new DataLoader<int, IReadOnlyDictionary<string, object?>>(
            dispatcher,
            (keys, _) =>
            {
                calls.Record(name, keys);
                return ValueTask.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([.. keys.Select(load)]);
            }));

    private sealed class BatchCalls
    {
        private readonly Lock _gate = new();
        private readonly List<(string Loader, int[] Keys)> _calls = [];

        public void Record(string loader, IReadOnlyList<int> keys)
        {
            lock (_gate)
            {
                _calls.Add((loader, [.. keys]));
            }
        }

        public IReadOnlyList<int[]> Of(string loader)
        {
            lock (_gate)
            {
                return [.. _calls.Where(call => call.Loader == loader).Select(call => call.Keys)];
            }
        }
    }
}
