using Serverless.Bson;

namespace Serverless.Core.Compilation;

/// <summary>One GraphQL request to a compiled app.</summary>
public sealed record AppRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables in the engine's neutral JSON-like model, or JsonElement values.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The caller's account document (@user, §7.1); null = anonymous.</summary>
    public BsonDocument? User { get; init; }

    /// <summary>Only query operations may run (GET): a mutation or subscription yields <see cref="AppOutcome.OperationNotAllowed"/>.</summary>
    public bool QueriesOnly { get; init; }
}
