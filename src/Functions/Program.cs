using Serverless.Functions.Configuration;
using Serverless.Functions.Hosting;
using Serverless.Functions.Local;

// The custom handler and the local server are the same executable (reference azure-functions.md, Recommendation).
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};

RunningService service;
try
{
    service = await FunctionsApplication.StartAsync(args, null, stopping.Token);
}
catch (InvalidConfigurationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}

await using (service)
{
    if (service.LocalDefault is not null)
    {
        var url = service.BaseAddress.ToString().TrimEnd('/');
        Console.WriteLine($"No MONGODB_URI: serving the generated MFlix sample from an embedded MongoDB at {service.LocalDefault.ConnectionString}");
        Console.WriteLine($"GraphQL endpoint: {url}/graphql/mflix");
        Console.WriteLine("Try:");
        Console.WriteLine("  " + LocalDefault.CurlExample(url));
    }

    await service.WaitForShutdownAsync(stopping.Token);
}

return 0;
