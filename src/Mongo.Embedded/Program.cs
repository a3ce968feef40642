using System.Runtime.InteropServices;
using Serverless.Mongo.Embedded;
using Serverless.Mongo.Embedded.Cli;

ServerArguments arguments;
try
{
    arguments = ServerArguments.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
    await Console.Error.WriteLineAsync(ServerArguments.Usage).ConfigureAwait(false);
    return 2;
}

if (arguments.ShowHelp)
{
    await Console.Out.WriteLineAsync(ServerArguments.Help).ConfigureAwait(false);
    return 0;
}

using var stop = new CancellationTokenSource();

// Ctrl+C and SIGTERM both stop the server cleanly instead of killing the process mid-write.
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

EmbeddedMongoServer server;
try
{
    server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = arguments.Port, SeedDirectory = arguments.SeedDirectory, Users = arguments.Users }, stop.Token).ConfigureAwait(false);
}
catch (Exception e) when (e is InvalidDataException or DirectoryNotFoundException or System.Net.Sockets.SocketException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
    return 1;
}

await using (server.ConfigureAwait(false))
{
    // Exactly one line on stdout: scripts and tests read it to learn the port.
    await Console.Out.WriteLineAsync(server.ConnectionString).ConfigureAwait(false);
    await Console.Out.FlushAsync().ConfigureAwait(false);
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
    }
    catch (OperationCanceledException)
    {
        // Stop was requested by a signal.
    }
}

return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
