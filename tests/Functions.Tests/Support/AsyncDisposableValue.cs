namespace Serverless.Functions.Tests.Support;

/// <summary>Lets <c>await using</c> own a value whose cleanup is a Task-returning method (e.g. IAsyncLifetime's).</summary>
public sealed class AsyncDisposableValue<T>(T value, Func<Task> dispose) : IAsyncDisposable
{
    public T Value { get; } = value;

    public async ValueTask DisposeAsync() => await dispose();
}
