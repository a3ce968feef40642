using System.Collections.Concurrent;

namespace Serverless.GraphQL.Tests.Batching;

/// <summary>A batch function for tests that records every key list it receives and answers with a projection of each key.</summary>
internal sealed class BatchRecorder<TKey, TValue>(Func<TKey, TValue> project)
{
    private readonly ConcurrentQueue<TKey[]> _calls = new();

    public IReadOnlyList<TKey[]> Calls => [.. _calls];

    public CancellationToken LastToken { get; private set; }

    public async ValueTask<IReadOnlyList<TValue>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        _calls.Enqueue([.. keys]);
        LastToken = cancellationToken;

        // Answer asynchronously, like a database round trip would.
        await Task.Yield();
        return [.. keys.Select(project)];
    }
}
