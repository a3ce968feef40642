using Serverless.Functions.Local;

namespace Serverless.Functions.Hosting;

/// <summary>A started service: the web application, the address it listens on, and the local default it owns (if any).</summary>
public sealed class RunningService : IAsyncDisposable
{
    internal RunningService(WebApplication application, Uri baseAddress, LocalDefault? localDefault)
    {
        Application = application;
        BaseAddress = baseAddress;
        LocalDefault = localDefault;
    }

    public WebApplication Application { get; }

    /// <summary>The first address Kestrel bound (the real port when started with port 0).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The embedded server with the sample, when started without MONGODB_URI.</summary>
    public LocalDefault? LocalDefault { get; }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => Application.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Application.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await Application.DisposeAsync().ConfigureAwait(false);
        if (LocalDefault is not null)
        {
            await LocalDefault.DisposeAsync().ConfigureAwait(false);
        }
    }
}
