using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// killOp (manual "killOp"): marks the operation with that opid killed; it stops at its next interrupt point
/// with Interrupted (11601). Like mongod, the reply only confirms the attempt, whether or not the op still runs.
/// </summary>
internal sealed class KillOpCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["killOp"];

    public BsonDocument Execute(CommandContext context)
    {
        AdminDatabase.Require(context);
        if (!context.Body.TryGetValue("op", out var op))
        {
            throw ServerErrors.BadValue("Did not provide \"op\" field");
        }

        long operationId = op switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            BsonDouble d when Math.Floor(d.Value) == d.Value && Math.Abs(d.Value) <= int.MaxValue => (long)d.Value,
            _ => throw ServerErrors.TypeMismatch($"Expected field \"op\" to have numeric type, but found {BsonTypeAliases.NameOf(op.Type)}"),
        };
        context.Server.Operations.Kill(operationId);
        return [new("info", "attempting to kill op")];
    }
}
