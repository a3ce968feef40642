using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// Runs one unified-format test (unified-test-format.md, "Executing a Test"): re-creates initialData through
/// the setup client, creates the file's entities fresh, runs the operations with their expectResult/expectError,
/// then checks expectEvents against the commands each observed client sent and the outcome collections.
/// </summary>
internal sealed class UnifiedTestRun(BsonDocument file, BsonDocument test, string connectionString, MongoClient setupClient, UnifiedServerInfo server) : IAsyncDisposable
{
    private static readonly Version RawDataVersion = new(8, 2, 0);

    private static readonly HashSet<string> SupportedUriOptions = new(StringComparer.Ordinal) { "retryWrites", "retryReads", "w" };

    private readonly Dictionary<string, object> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandEventRecorder> _recorders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WriteConcern> _clientWriteConcerns = new(StringComparer.Ordinal);
    private readonly List<MongoClient> _clients = [];

    /// <exception cref="UnifiedAssertionException">An expectation failed or the test needs something unsupported.</exception>
    public async Task RunAsync(CancellationToken ct)
    {
        await LoadInitialDataAsync(ct);
        CreateEntities();
        var operations = test["operations"].AsArray;
        for (var i = 0; i < operations.Count; i++)
        {
            await RunOperationAsync(i, operations[i].AsDocument, ct);
        }

        CheckEvents();
        await CheckOutcomeAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private async Task LoadInitialDataAsync(CancellationToken ct)
    {
        foreach (var data in (file.GetValueOrDefault("initialData") as BsonArray ?? []).Select(d => d.AsDocument))
        {
            var database = setupClient.GetDatabase(data["databaseName"].AsString);
            var name = data["collectionName"].AsString;
            await database.DropCollectionAsync(name, ct);
            await database.CreateCollectionAsync(name, data.GetValueOrDefault("createOptions") as BsonDocument, ct);
            if (data["documents"].AsArray.Count > 0)
            {
                await database.GetCollection(name).InsertManyAsync(data["documents"].AsArray.Select(d => d.AsDocument), cancellationToken: ct);
            }
        }
    }

    private void CreateEntities()
    {
        foreach (var entity in file["createEntities"].AsArray.Select(e => e.AsDocument[0]))
        {
            var spec = entity.Value.AsDocument;
            var id = spec["id"].AsString;
            _entities[id] = entity.Name switch
            {
                "client" => CreateClient(id, spec),
                "database" => CreateDatabase(spec),
                "collection" => CreateCollection(spec),
                _ => throw new UnifiedAssertionException($"the runner does not support {entity.Name} entities"),
            };
        }
    }

    private MongoClient CreateClient(string id, BsonDocument spec)
    {
        var client = new MongoClient(connectionString);
        _clients.Add(client);
        if (spec.GetValueOrDefault("uriOptions") is BsonDocument uriOptions)
        {
            if (uriOptions.Names.FirstOrDefault(n => !SupportedUriOptions.Contains(n)) is { } unsupported)
            {
                throw new UnifiedAssertionException($"the runner does not support uriOption {unsupported}");
            }

            // Our client never retries, so retryWrites/retryReads false hold as they are; w becomes the client's write concern.
            if (uriOptions.GetValueOrDefault("w") is { } w)
            {
                _clientWriteConcerns[id] = WriteConcern.FromDocument([new("w", w)]);
            }
        }

        if (spec.GetValueOrDefault("observeEvents") is BsonArray observed)
        {
            var kinds = observed.Select(e => e.AsString).ToHashSet(StringComparer.Ordinal);
            if (kinds.FirstOrDefault(k => k is not ("commandStartedEvent" or "commandSucceededEvent" or "commandFailedEvent")) is { } other)
            {
                throw new UnifiedAssertionException($"the runner observes only command events, not {other}");
            }

            var ignored = (spec.GetValueOrDefault("ignoreCommandMonitoringEvents") as BsonArray ?? []).Select(n => n.AsString).ToHashSet(StringComparer.Ordinal);
            var recorder = new CommandEventRecorder(kinds, ignored);
            client.CommandObserver = recorder;
            _recorders[id] = recorder;
        }

        return client;
    }

    private MongoDatabase CreateDatabase(BsonDocument spec)
    {
        if (spec.Contains("databaseOptions"))
        {
            throw new UnifiedAssertionException("the runner does not support databaseOptions");
        }

        return Entity<MongoClient>(spec["client"].AsString).GetDatabase(spec["databaseName"].AsString);
    }

    private MongoCollection CreateCollection(BsonDocument spec)
    {
        var database = Entity<MongoDatabase>(spec["database"].AsString);
        var clientId = _entities.First(e => ReferenceEquals(e.Value, database.Client)).Key;
        var collection = database.GetCollection(spec["collectionName"].AsString);
        var writeConcern = _clientWriteConcerns.GetValueOrDefault(clientId);
        if (spec.GetValueOrDefault("collectionOptions") is BsonDocument options)
        {
            foreach (var (name, value) in options)
            {
                collection = name switch
                {
                    "writeConcern" => collection.WithWriteConcern(writeConcern = WriteConcern.FromDocument(value.AsDocument)),
                    "readConcern" => collection.WithReadConcern(new ReadConcern(value.AsDocument["level"].AsString)),
                    _ => throw new UnifiedAssertionException($"the runner does not support collectionOptions.{name}"),
                };
            }
        }

        return writeConcern is null ? collection : collection.WithWriteConcern(writeConcern);
    }

    private T Entity<T>(string id) =>
        _entities.GetValueOrDefault(id) is T entity ? entity : throw new UnifiedAssertionException($"no {typeof(T).Name} entity '{id}'");

    private async Task RunOperationAsync(int index, BsonDocument operation, CancellationToken ct)
    {
        var name = operation["name"].AsString;
        var where = $"operation {index} ({name})";
        var target = _entities.GetValueOrDefault(operation["object"].AsString)
            ?? throw new UnifiedAssertionException($"{where}: unknown object {operation["object"]}");
        if (operation.Names.FirstOrDefault(n => n is not ("name" or "object" or "arguments" or "expectResult" or "expectError" or "ignoreResultAndError")) is { } unsupported)
        {
            throw new UnifiedAssertionException($"{where}: the runner does not support {unsupported}");
        }

        BsonValue? result;
        try
        {
            var arguments = new UnifiedArguments(operation.GetValueOrDefault("arguments") as BsonDocument ?? []);
            if (server.Version < RawDataVersion)
            {
                // CRUD spec, "rawData": drivers must not send it to servers before 8.2, which is what leaving it
                // out does; from 8.2 on it stays unread and the test fails as unsupported.
                arguments.Value("rawData");
            }

            result = await UnifiedOperations.RunAsync(name, target, arguments, ct);
        }
        catch (Exception e) when (e is MongoException or ArgumentException && operation.Contains("expectError"))
        {
            if (UnifiedErrorMatcher.Mismatch(operation["expectError"].AsDocument, e) is { } problem)
            {
                throw new UnifiedAssertionException($"{where}: {problem}", e);
            }

            return;
        }
        catch (Exception e) when (e is MongoException or ArgumentException && operation.Contains("ignoreResultAndError"))
        {
            return;
        }

        if (operation.Contains("expectError"))
        {
            throw new UnifiedAssertionException($"{where}: expected an error, but it returned {result}");
        }

        if (operation.GetValueOrDefault("expectResult") is { } expected && UnifiedResultMatcher.Mismatch(expected, result, $"{where} result", root: true) is { } mismatch)
        {
            throw new UnifiedAssertionException(mismatch);
        }
    }

    private void CheckEvents()
    {
        foreach (var expectation in (test.GetValueOrDefault("expectEvents") as BsonArray ?? []).Select(e => e.AsDocument))
        {
            var clientId = expectation["client"].AsString;
            if (expectation.GetValueOrDefault("eventType") is BsonString { Value: not "command" } eventType)
            {
                throw new UnifiedAssertionException($"the runner does not observe {eventType.Value} events");
            }

            var recorder = _recorders.GetValueOrDefault(clientId) ?? throw new UnifiedAssertionException($"client {clientId} does not observe events");
            var actual = recorder.Events;
            var expected = expectation["events"].AsArray.Select(e => e.AsDocument).ToList();
            var ignoreExtra = expectation.GetValueOrDefault("ignoreExtraEvents") is BsonBoolean { Value: true };
            if (actual.Count < expected.Count || (!ignoreExtra && actual.Count != expected.Count))
            {
                throw new UnifiedAssertionException($"expected {expected.Count} command events, observed {actual.Count}: {string.Join(", ", actual)}");
            }

            for (var i = 0; i < expected.Count; i++)
            {
                if (EventMismatch(expected[i], actual[i], $"event {i}") is { } problem)
                {
                    throw new UnifiedAssertionException(problem);
                }
            }
        }
    }

    private static string? EventMismatch(BsonDocument expected, object actual, string where)
    {
        var spec = expected[0].Value.AsDocument;
        var (kind, commandName, databaseName, document, documentField) = actual switch
        {
            CommandStartedEvent started => ("commandStartedEvent", started.CommandName, started.DatabaseName, (BsonValue?)started.Command, "command"),
            CommandSucceededEvent succeeded => ("commandSucceededEvent", succeeded.CommandName, succeeded.DatabaseName, succeeded.Reply, "reply"),
            CommandFailedEvent failed => ("commandFailedEvent", failed.CommandName, failed.DatabaseName, null, string.Empty),
            _ => throw new UnifiedAssertionException($"{where}: unknown event {actual}"),
        };
        if (expected[0].Name != kind)
        {
            return $"{where}: expected {expected[0].Name}, observed {kind} for {commandName}";
        }

        if (spec.GetValueOrDefault("commandName") is BsonString expectedName && expectedName.Value != commandName)
        {
            return $"{where}: expected command {expectedName.Value}, observed {commandName}";
        }

        if (spec.GetValueOrDefault("databaseName") is BsonString expectedDatabase && expectedDatabase.Value != databaseName)
        {
            return $"{where}: expected database {expectedDatabase.Value}, observed {databaseName}";
        }

        if (spec.Names.FirstOrDefault(n => n is not ("commandName" or "databaseName" or "command" or "reply")) is { } unsupported)
        {
            return $"{where}: the runner does not check {expected[0].Name}.{unsupported}";
        }

        return spec.GetValueOrDefault(documentField) is { } expectedDocument
            ? UnifiedResultMatcher.Mismatch(expectedDocument, document, $"{where} {documentField}", root: true)
            : null;
    }

    private async Task CheckOutcomeAsync(CancellationToken ct)
    {
        foreach (var expected in (test.GetValueOrDefault("outcome") as BsonArray ?? []).Select(o => o.AsDocument))
        {
            var collection = setupClient.GetDatabase(expected["databaseName"].AsString).GetCollection(expected["collectionName"].AsString);
            var documents = new List<BsonValue>();
            await foreach (var document in (await collection.FindAsync(BsonDocument.Empty, new FindOptions { Sort = [new("_id", 1)] }, ct)).WithCancellation(ct))
            {
                documents.Add(document);
            }

            if (UnifiedResultMatcher.Mismatch(expected["documents"], new BsonArray(documents), $"outcome {collection.Name}", root: false) is { } problem)
            {
                throw new UnifiedAssertionException(problem);
            }
        }
    }
}
