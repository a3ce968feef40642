using System.Net;
using System.Net.Sockets;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

public sealed class MongoConnectionTests
{
    [Fact]
    public async Task Handshake_reads_limits_and_connection_id_from_hello()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);
        var settings = ConnectionString.Parse(server.ConnectionString);
        await using var first = await MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None);
        await using var second = await MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None);

        var description = first.Description;
        description.ServerAddress.ShouldBe($"127.0.0.1:{server.Port}");
        description.MaxWireVersion.ShouldBe(25);
        description.MaxBsonObjectSize.ShouldBe(16 * 1024 * 1024);
        description.MaxMessageSizeBytes.ShouldBe(48_000_000);
        description.MaxWriteBatchSize.ShouldBe(100_000);
        second.Description.ConnectionId.ShouldNotBe(description.ConnectionId);
    }

    [Fact]
    public void Client_metadata_names_driver_os_platform_and_application()
    {
        var metadata = ClientMetadata.Create("orders-service");

        metadata["application"].AsDocument["name"].AsString.ShouldBe("orders-service");
        metadata["driver"].AsDocument["name"].AsString.ShouldBe(ClientMetadata.DriverName);
        metadata["driver"].AsDocument["version"].AsString.ShouldNotBeNullOrEmpty();
        metadata["os"].AsDocument["type"].AsString.ShouldBe(OperatingSystem.IsLinux() ? "Linux" : metadata["os"].AsDocument["type"].AsString);
        metadata["os"].AsDocument.Contains("architecture").ShouldBeTrue();
        metadata["platform"].AsString.ShouldContain(".NET");
        ClientMetadata.Create(null).Contains("application").ShouldBeFalse();
    }

    [Fact]
    public void Client_metadata_rejects_app_name_over_128_bytes()
    {
        Should.Throw<ArgumentException>(() => ClientMetadata.Create(new string('é', 65))).Message.ShouldContain("130 bytes");
    }

    [Fact]
    public async Task Unknown_command_fails_with_typed_command_not_found()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);
        var settings = ConnectionString.Parse(server.ConnectionString);
        await using var connection = await MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None);

        var error = await Should.ThrowAsync<MongoCommandException>(
            () => connection.RunCommandAsync("test", new BsonDocument([new("noSuchCommand", 1)]), CancellationToken.None));

        error.Code.ShouldBe(59);
        error.CodeName.ShouldBe("CommandNotFound");
        error.CommandName.ShouldBe("noSuchCommand");
        error.ServerAddress.ShouldBe($"127.0.0.1:{server.Port}");
        connection.IsClosed.ShouldBeFalse();
        var ping = await connection.RunCommandAsync("admin", new BsonDocument([new("ping", 1)]), CancellationToken.None);
        ping["ok"].ShouldBe((BsonValue)1.0);
    }

    [Fact]
    public async Task Refused_connect_is_a_connection_error_naming_the_server()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var settings = ConnectionString.Parse($"mongodb://127.0.0.1:{port}/");

        var error = await Should.ThrowAsync<MongoConnectionException>(() => MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None));

        error.ServerAddress.ShouldBe($"127.0.0.1:{port}");
        error.Message.ShouldContain($"127.0.0.1:{port}");
    }

    [Fact]
    public async Task Cancelling_a_pending_command_closes_the_connection()
    {
        await using var server = new SilentServer();
        var settings = ConnectionString.Parse(server.ConnectionString);
        await using var connection = await MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var pending = connection.RunCommandAsync("test", new BsonDocument([new("ping", 1)]), cancel.Token);
        (await server.UnansweredRequest.Task)["ping"].ShouldBe((BsonValue)1);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => pending);
        connection.IsClosed.ShouldBeTrue();
        await server.ClientClosed;
        await Should.ThrowAsync<ObjectDisposedException>(
            () => connection.RunCommandAsync("test", new BsonDocument([new("ping", 1)]), CancellationToken.None));
    }
}
