using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

internal static class LoaderTestExtensions
{
    /// <summary>Starts one load per key, in order, without a cancellation token.</summary>
    public static Task<TValue>[] LoadAll<TKey, TValue>(this DataLoader<TKey, TValue> loader, params TKey[] keys)
        where TKey : notnull =>
        [.. keys.Select(key => loader.LoadAsync(key, CancellationToken.None))];
}
