using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>An operation's time budget bounds every client-side wait, so a dead or silent server cannot hang the caller.</summary>
public sealed class OperationBudgetTests
{
    [Fact]
    public async Task Budget_bounds_the_wait_for_a_reply_that_never_comes_and_names_server_and_command()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);

        // Connect first (the silent server answers hello), so that on a loaded machine too the budget is spent
        // on nothing but the wait for the reply: the pooled connection is checked out at once.
        await client.GetDatabase("admin").RunCommandAsync(new BsonDocument([new("hello", 1)]));
        var error = await Should.ThrowAsync<MongoTimeoutException>(
            () => client.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty, new FindOptions { MaxTime = TimeSpan.FromMilliseconds(200) }));

        error.CommandName.ShouldBe("find");
        error.ServerAddress.ShouldBe(client.Topology.Servers.Single().Address.ToString());
        error.Message.ShouldContain("the reply");
        (await silent.UnansweredRequest.Task)["maxTimeMS"].ShouldBe((BsonValue)200);
    }

    [Fact]
    public async Task Budget_bounds_server_selection_when_no_server_answers()
    {
        // A port nothing listens on: the monitor's connects fail, so the server stays Unknown.
        var port = FreePort();
        await using var client = new MongoClient($"mongodb://127.0.0.1:{port}/?serverSelectionTimeoutMS=600000");

        var error = await Should.ThrowAsync<MongoTimeoutException>(
            () => client.GetDatabase("app").GetCollection("people").CountDocumentsAsync(BsonDocument.Empty, new CountOptions { MaxTime = TimeSpan.FromMilliseconds(200) }));

        error.ServerAddress.ShouldBeNull();
        error.Message.ShouldContain("server selection");
        client.Topology.Servers.Single().Type.ShouldBe(ServerType.Unknown);
    }

    [Fact]
    public async Task Budget_bounds_the_wait_for_a_pooled_connection()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString.TrimEnd('/') + "/?maxPoolSize=1");
        using var cancel = new CancellationTokenSource();
        var people = client.GetDatabase("app").GetCollection("people");
        var holding = people.FindAsync(BsonDocument.Empty, cancellationToken: cancel.Token);
        await silent.UnansweredRequest.Task;

        var error = await Should.ThrowAsync<MongoTimeoutException>(() => people.FindAsync(BsonDocument.Empty, new FindOptions { MaxTime = TimeSpan.FromMilliseconds(200) }));

        error.Message.ShouldContain("waiting for a connection");
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => holding);
    }

    [Fact]
    public async Task Max_time_ms_in_a_generic_command_bounds_the_client_side_wait_too()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);

        var error = await Should.ThrowAsync<MongoTimeoutException>(() => client.GetDatabase("app").RunCommandAsync(
            new BsonDocument([new("count", "people"), new("maxTimeMS", 150)])));

        error.CommandName.ShouldBe("count");
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_operation_cancelled_exception_within_a_budget()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);
        using var cancel = new CancellationTokenSource();

        var pending = client.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty, new FindOptions { MaxTime = TimeSpan.FromMinutes(5) }, cancellationToken: cancel.Token);
        await silent.UnansweredRequest.Task;
        await cancel.CancelAsync();

        var error = await Should.ThrowAsync<OperationCanceledException>(() => pending);
        error.ShouldNotBeOfType<MongoTimeoutException>();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
