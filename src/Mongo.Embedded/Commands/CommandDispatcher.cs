using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;
using Serverless.Mongo.Embedded.Hosting;
using Serverless.Mongo.Embedded.Operations;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>
/// Routes a command body to its handler by the body's first key (case-sensitive, as the server's command
/// registry is) and shapes the reply: <c>ok: 1</c> appended on success, <c>{ok: 0, errmsg, code, codeName}</c>
/// on failure (manual "Command Response").
/// </summary>
internal sealed class CommandDispatcher
{
    private readonly Dictionary<string, ICommandHandler> _handlers = new(StringComparer.Ordinal);

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                _handlers.Add(name, handler);
            }
        }
    }

    /// <summary>Whether a command of this name exists (otherwise it is CommandNotFound).</summary>
    public bool Handles(string name) => _handlers.ContainsKey(name);

    public BsonDocument Dispatch(BsonDocument body, ServerState server, ConnectionSession connection, CancellationToken cancellationToken)
    {
        RunningOperation? operation = null;
        try
        {
            var context = CreateContext(body, server, connection, cancellationToken, out operation);
            var reply = _handlers[context.CommandName].Execute(context);
            return reply.With("ok", 1.0);
        }
        catch (CommandException e)
        {
            return ErrorReply(e.Code, e.CodeName, e.Message);
        }
        catch (QueryException e)
        {
            return ErrorReply(e.Code, e.CodeName, e.Message);
        }
        catch (AggregationException e)
        {
            return ErrorReply(e.Code, e.CodeName, e.Message);
        }
        catch (DuplicateKeyException e)
        {
            // Commands that are not batch writes (findAndModify, createIndexes) fail as a whole with E11000.
            return ErrorReply(11000, "DuplicateKey", e.Message).With("keyPattern", e.KeyPattern).With("keyValue", e.KeyValue);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in one command must not take the connection down with it: like the server's
            // InternalError (1), report it to the client, whose driver surfaces it with the message.
            return ErrorReply(1, "InternalError", $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            if (operation is not null)
            {
                server.Operations.End(operation);
            }
        }
    }

    public static BsonDocument ErrorReply(int code, string codeName, string message) =>
        [new("ok", 0.0), new("errmsg", message), new("code", code), new("codeName", codeName)];

    private CommandContext CreateContext(BsonDocument body, ServerState server, ConnectionSession connection, CancellationToken cancellationToken, out RunningOperation? operation)
    {
        operation = null;
        if (body.Count == 0)
        {
            throw ServerErrors.FailedToParse("Empty command document: a command's first field names it");
        }

        var name = body[0].Name;
        if (!_handlers.ContainsKey(name))
        {
            throw ServerErrors.CommandNotFound(name);
        }

        // OP_MSG carries the database in $db (Wire Protocol, "OP_MSG": "the $db field is required").
        if (!body.TryGetValue("$db", out var db))
        {
            throw new CommandException(40571, "Location40571", "OP_MSG requests require a $db argument");
        }

        if (db is not BsonString { Value: var database })
        {
            throw ServerErrors.TypeMismatch($"BSON field '$db' is the wrong type '{BsonTypeAliases.NameOf(db.Type)}', expected type 'string'");
        }

        NamespaceRules.ValidateDatabaseName(database);

        // A standalone server has no retryable writes or transactions; drivers only send txnNumber to replica
        // sets and mongos, and the server refuses it otherwise (code 20, "Transaction numbers are only allowed…").
        if (body.Contains("txnNumber"))
        {
            throw ServerErrors.IllegalOperation("Transaction numbers are only allowed on a replica set member or mongos");
        }

        // Manual "Server Sessions": a command's lsid creates or refreshes its session in the session cache.
        // Authentication is per server here, not per session, so every session belongs to no user ("").
        if (body.TryGetValue("lsid", out var lsid))
        {
            server.Sessions.Touch(lsid, userName: "");
        }

        // Registered before maxTimeMS is parsed so that the deadline can watch for killOp from the start.
        operation = server.Operations.Begin(connection.Id, connection.ClientAddress, database, body);
        var deadline = OperationDeadline.Start(body, server.Time, operation, cancellationToken);
        return new CommandContext(body, database, server, connection, deadline);
    }
}
