using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// Runs the statements of a write command (insert, update, delete) one by one, collecting per-statement
/// failures as writeErrors instead of failing the command; an ordered batch stops at its first error
/// (manual "insert", "Output": writeErrors entries have index, code, errmsg, and for E11000 keyPattern/keyValue).
/// </summary>
internal sealed class WriteBatch(CommandContext context, string statementsField)
{
    private readonly List<BsonValue> _errors = [];

    public IReadOnlyList<BsonValue> Errors => _errors;

    /// <summary>The statements array, validated for type and for the server's batch size limit.</summary>
    public BsonArray Statements()
    {
        var statements = CommandFields.Array(context, statementsField)
            ?? throw new CommandException(40414, "Location40414", $"BSON field '{context.CommandName}.{statementsField}' is missing but a required field");
        if (statements.Count is 0 or > Admin.HelloCommand.MaxWriteBatchSize)
        {
            throw new CommandException(16, "InvalidLength", $"Write batch sizes must be between 1 and {Admin.HelloCommand.MaxWriteBatchSize}. Got {statements.Count} operations.");
        }

        return statements;
    }

    /// <summary>Runs <paramref name="statement"/> for each entry; returns false when an ordered batch must stop.</summary>
    public void Run(BsonArray statements, Action<int, BsonValue> statement)
    {
        var ordered = CommandFields.Boolean(context, "ordered", defaultValue: true);
        for (var i = 0; i < statements.Count; i++)
        {
            context.Deadline.Check();
            if (!TryRun(i, statements[i], statement) && ordered)
            {
                return;
            }
        }
    }

    /// <summary>The reply: n (and nModified etc. from <paramref name="counts"/>), then writeErrors when any.</summary>
    public BsonDocument Reply(params ReadOnlySpan<BsonElement> counts)
    {
        List<BsonElement> reply = [.. counts];
        if (_errors.Count > 0)
        {
            reply.Add(new("writeErrors", new BsonArray(_errors)));
        }

        return new BsonDocument(reply);
    }

    private bool TryRun(int index, BsonValue value, Action<int, BsonValue> statement)
    {
        try
        {
            statement(index, value);
            return true;
        }
        catch (DuplicateKeyException e)
        {
            _errors.Add(new BsonDocument(
                new("index", index),
                new("code", 11000),
                new("errmsg", e.Message),
                new("keyPattern", e.KeyPattern),
                new("keyValue", e.KeyValue)));
        }
        catch (CommandException e)
        {
            _errors.Add(Error(index, e.Code, e.Message));
        }
        catch (QueryException e)
        {
            _errors.Add(Error(index, e.Code, e.Message));
        }

        return false;
    }

    private static BsonDocument Error(int index, int code, string message) =>
        [new("index", index), new("code", code), new("errmsg", message)];
}
