using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderRegistryTests
{
    [Fact]
    public void Same_name_returns_the_same_loader_and_creates_it_once()
    {
        var registry = new DataLoaderRegistry(new BatchDispatcher());
        var created = 0;
        DataLoader<int, string> Create(BatchDispatcher dispatcher)
        {
            created++;
            return new DataLoader<int, string>(dispatcher, new BatchRecorder<int, string>(key => $"{key}").LoadAsync);
        }

        var first = registry.GetOrAdd<int, string>("User.posts", Create);
        var second = registry.GetOrAdd<int, string>("User.posts", Create);

        second.ShouldBeSameAs(first);
        created.ShouldBe(1);
        registry.Count.ShouldBe(1);
    }

    [Fact]
    public void Loaders_racing_for_first_use_from_many_threads_are_one_loader()
    {
        var registry = new DataLoaderRegistry(new BatchDispatcher());
        var loaders = new DataLoader<int, string>[64];

        Parallel.For(0, loaders.Length, i => loaders[i] = registry.GetOrAdd<int, string>(
            "Query.users",
            dispatcher => new DataLoader<int, string>(dispatcher, new BatchRecorder<int, string>(key => $"{key}").LoadAsync)));

        loaders.Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void Same_name_with_other_types_is_rejected_with_a_clear_error()
    {
        var registry = new DataLoaderRegistry(new BatchDispatcher());
        registry.GetOrAdd<int, string>(
            "User.posts", dispatcher => new DataLoader<int, string>(dispatcher, new BatchRecorder<int, string>(key => $"{key}").LoadAsync));

        var error = Should.Throw<InvalidOperationException>(() => registry.GetOrAdd<string, string>(
            "User.posts", dispatcher => new DataLoader<string, string>(dispatcher, new BatchRecorder<string, string>(key => key).LoadAsync)));

        error.Message.ShouldBe("DataLoader 'User.posts' is registered as DataLoader<Int32, String>, not as DataLoader<String, String>.");
    }
}
