using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

/// <summary>
/// The proof the issue asks for: resolving <c>{ parents { id child { id grandchild { id name } } } }</c> over
/// 100 parents costs one batch call per level, however the resolvers interleave.
/// </summary>
public sealed class NPlusOneTests
{
    private const int ParentCount = 100;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Hundred_parents_cost_one_batch_call_per_level(int parallelism)
    {
        // Repeated so that an unlucky interleaving of resolver threads would show up as an extra call.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var graph = new Graph(new BatchDispatcher(parallelism), new DataLoaderOptions<int>());

            // A cancellable request token, as in production: loads observe it, which must not cost extra calls.
            using var request = new CancellationTokenSource();
            var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, request.Token);

            Graph.AssertComplete(result, childOf: parent => 1000 + parent);
            graph.Children.Calls.Count.ShouldBe(1);
            graph.Children.Calls[0].Order().ShouldBe(Enumerable.Range(1001, ParentCount));
            graph.Grandchildren.Calls.Count.ShouldBe(1);
            graph.Grandchildren.Calls[0].Order().ShouldBe(Enumerable.Range(2001, ParentCount));
            graph.Dispatcher.Rounds.ShouldBe(2);
            graph.Dispatcher.Statistics.ShouldBe(new DataLoaderStatistics(
                Loads: 2 * ParentCount, BatchInvocations: 2, BatchedKeys: 2 * ParentCount, CacheHits: 0, Errors: 0));
        }
    }

    [Fact]
    public async Task Loads_awaited_through_LoadMany_or_WhenAll_still_cost_one_call_per_level()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var graph = new Graph(new BatchDispatcher(2), new DataLoaderOptions<int>(), combinedLoads: true);
            using var request = new CancellationTokenSource();

            var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, request.Token);

            Graph.AssertComplete(result, childOf: parent => 1000 + parent);
            graph.Children.Calls.Count.ShouldBe(1);
            graph.Grandchildren.Calls.Count.ShouldBe(1);
            graph.Dispatcher.Rounds.ShouldBe(2);
        }
    }

    [Fact]
    public async Task Sibling_fields_of_one_level_each_cost_one_call_in_the_same_round()
    {
        var graph = new Graph(new BatchDispatcher(), new DataLoaderOptions<int>(), withOwner: true);

        var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, CancellationToken.None);

        Graph.AssertComplete(result, childOf: parent => 1000 + parent);
        var parents = (IReadOnlyDictionary<string, object?>[])result["parents"]!;
        parents.Select(parent => ((IReadOnlyDictionary<string, object?>)parent["owner"]!)["name"])
            .ShouldBe(Enumerable.Range(1, ParentCount).Select(id => (object?)$"owner{id % 7}"));
        graph.Owners.Calls.Single().Order().ShouldBe(Enumerable.Range(0, 7));
        graph.Children.Calls.Count.ShouldBe(1);
        graph.Grandchildren.Calls.Count.ShouldBe(1);
        graph.Dispatcher.Rounds.ShouldBe(2, "the owner and child batches of level one share a round");
    }

    [Fact]
    public async Task Parents_sharing_children_send_each_child_key_once()
    {
        var graph = new Graph(new BatchDispatcher(), new DataLoaderOptions<int>(), childOf: parent => 1000 + (parent % 10));

        var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, CancellationToken.None);

        Graph.AssertComplete(result, childOf: parent => 1000 + (parent % 10));
        graph.Children.Calls.Single().Length.ShouldBe(10);
        graph.Grandchildren.Calls.Single().Length.ShouldBe(10);
        graph.Dispatcher.Statistics.CacheHits.ShouldBe(2 * (ParentCount - 10));
    }

    [Fact]
    public async Task Without_batching_the_same_query_costs_one_call_per_parent()
    {
        var graph = new Graph(new BatchDispatcher(), new DataLoaderOptions<int> { Batching = false });

        var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, CancellationToken.None);

        Graph.AssertComplete(result, childOf: parent => 1000 + parent);
        graph.Dispatcher.Statistics.BatchInvocations.ShouldBe(2 * ParentCount);
        graph.Dispatcher.Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task Max_batch_size_splits_a_level_into_calls_of_the_same_round()
    {
        var graph = new Graph(new BatchDispatcher(), new DataLoaderOptions<int> { MaxBatchSize = 30 });

        var result = await graph.Dispatcher.RunUntilCompleteAsync(graph.ExecuteAsync, CancellationToken.None);

        Graph.AssertComplete(result, childOf: parent => 1000 + parent);
        graph.Children.Calls.Select(call => call.Length).Order().ShouldBe([10, 30, 30, 30]);
        graph.Grandchildren.Calls.Count.ShouldBe(4);
        graph.Dispatcher.Rounds.ShouldBe(2);
    }

    private sealed record Parent(int Id, int ChildId);

    private sealed record Child(int Id, int GrandchildId);

    private sealed record Grandchild(int Id, string Name);

    /// <summary>The schema of the simulation: each level's object field is resolved through a DataLoader.</summary>
    private sealed class Graph
    {
        private readonly Func<int, int> _childOf;
        private readonly DataLoader<int, Child> _childLoader;
        private readonly DataLoader<int, Grandchild> _grandchildLoader;
        private readonly DataLoader<int, string> _ownerLoader;
        private readonly bool _withOwner;
        private readonly bool _combinedLoads;

        public Graph(
            BatchDispatcher dispatcher,
            DataLoaderOptions<int> options,
            Func<int, int>? childOf = null,
            bool withOwner = false,
            bool combinedLoads = false)
        {
            Dispatcher = dispatcher;
            _childOf = childOf ?? (parent => 1000 + parent);
            _withOwner = withOwner;
            _combinedLoads = combinedLoads;
            _childLoader = new DataLoader<int, Child>(dispatcher, Children.LoadAsync, options);
            _grandchildLoader = new DataLoader<int, Grandchild>(dispatcher, Grandchildren.LoadAsync, options);
            _ownerLoader = new DataLoader<int, string>(dispatcher, Owners.LoadAsync, options);
        }

        public BatchDispatcher Dispatcher { get; }

        public BatchRecorder<int, Child> Children { get; } = new(id => new Child(id, id + 1000));

        public BatchRecorder<int, Grandchild> Grandchildren { get; } = new(id => new Grandchild(id, $"g{id}"));

        public BatchRecorder<int, string> Owners { get; } = new(id => $"owner{id}");

        public Task<IReadOnlyDictionary<string, object?>> ExecuteAsync(CancellationToken cancellationToken)
        {
            SimulatedField[] grandchildSelections =
            [
                SimulatedField.Leaf("id", value => ((Grandchild)value).Id),
                SimulatedField.Leaf("name", value => ((Grandchild)value).Name),
            ];
            SimulatedField[] childSelections =
            [
                SimulatedField.Leaf("id", value => ((Child)value).Id),
                new("grandchild", ResolveGrandchildAsync, grandchildSelections),
            ];
            List<SimulatedField> parentSelections =
            [
                SimulatedField.Leaf("id", value => ((Parent)value).Id),
                new("child", ResolveChildAsync, childSelections),
            ];
            if (_withOwner)
            {
                parentSelections.Add(new("owner", ResolveOwnerAsync, [SimulatedField.Leaf("name", value => value)]));
            }
            SimulatedField[] query = [new("parents", ResolveParentsAsync, parentSelections)];
            return MiniExecutor.ExecuteSelectionSetAsync(new object(), query, cancellationToken);
        }

        public static void AssertComplete(IReadOnlyDictionary<string, object?> result, Func<int, int> childOf)
        {
            var parents = result["parents"].ShouldBeOfType<IReadOnlyDictionary<string, object?>[]>();
            parents.Length.ShouldBe(ParentCount);
            for (var i = 0; i < ParentCount; i++)
            {
                var parentId = i + 1;
                var childId = childOf(parentId);
                parents[i]["id"].ShouldBe(parentId);
                var child = parents[i]["child"].ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
                child["id"].ShouldBe(childId);
                var grandchild = child["grandchild"].ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
                grandchild["id"].ShouldBe(childId + 1000);
                grandchild["name"].ShouldBe($"g{childId + 1000}");
            }
        }

        private async Task<object?> ResolveParentsAsync(object root, CancellationToken cancellationToken)
        {
            // The root list comes from its own (unbatched) query, which completes asynchronously.
            await Task.Yield();
            return Enumerable.Range(1, ParentCount).Select(id => new Parent(id, _childOf(id))).ToList();
        }

        private async Task<object?> ResolveChildAsync(object parent, CancellationToken cancellationToken)
        {
            // Some resolver work before the load, so the 100 resolvers reach their loads at different moments.
            await Task.Yield();
            var childId = ((Parent)parent).ChildId;
            return _combinedLoads
                ? (await _childLoader.LoadManyAsync([childId], cancellationToken))[0]
                : await _childLoader.LoadAsync(childId, cancellationToken);
        }

        private async Task<object?> ResolveOwnerAsync(object parent, CancellationToken cancellationToken) =>
            await _ownerLoader.LoadAsync(((Parent)parent).Id % 7, cancellationToken);

        private async Task<object?> ResolveGrandchildAsync(object child, CancellationToken cancellationToken)
        {
            var grandchildId = ((Child)child).GrandchildId;
            return _combinedLoads
                ? (await Task.WhenAll(_grandchildLoader.LoadAsync(grandchildId, cancellationToken)))[0]
                : await _grandchildLoader.LoadAsync(grandchildId, cancellationToken);
        }
    }
}
