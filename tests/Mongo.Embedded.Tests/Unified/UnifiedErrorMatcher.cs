using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// Checks an operation's error against expectError (unified format, "expectedError"): isClientError means the
/// client refused before sending (our ArgumentExceptions); server errors are command, write and bulk write
/// exceptions, whose code is the command's or the first write error's.
/// </summary>
internal static class UnifiedErrorMatcher
{
    public static string? Mismatch(BsonDocument expected, Exception actual)
    {
        var isClientError = actual is ArgumentException;
        var (code, codeName) = actual switch
        {
            MongoCommandException command => (command.Code, command.CodeName),
            MongoWriteException write => (write.Code, (string?)null),
            MongoBulkWriteException bulk when bulk.WriteErrors.Count > 0 => (bulk.WriteErrors[0].Code, null),
            MongoBulkWriteException bulk when bulk.WriteConcernError is { } concern => (concern.Code, concern.CodeName),
            _ => ((int?)null, (string?)null),
        };
        foreach (var (name, value) in expected)
        {
            var problem = name switch
            {
                "isError" => null,
                "isClientError" => isClientError == value.AsBoolean ? null : $"expected isClientError {value}, got {Describe(actual)}",
                "errorContains" => actual.Message.Contains(value.AsString, StringComparison.OrdinalIgnoreCase)
                    ? null
                    : $"expected an error containing '{value.AsString}', got {Describe(actual)}",
                "errorCode" => code == BsonValueOf(value) ? null : $"expected error code {value}, got {Describe(actual)}",
                "errorCodeName" => codeName == value.AsString ? null : $"expected error code name {value}, got {Describe(actual)}",
                "errorResponse" => actual is MongoCommandException { Reply: { } reply }
                    ? UnifiedResultMatcher.Mismatch(value, reply, "expectError.errorResponse", root: true)
                    : $"expected a server error response, got {Describe(actual)}",
                "expectResult" => actual is MongoBulkWriteException bulk
                    ? UnifiedResultMatcher.Mismatch(value, UnifiedOperations.BulkResult(bulk.PartialResult), "expectError.expectResult", root: true)
                    : $"expected a bulk write error with a partial result, got {Describe(actual)}",
                _ => $"the runner does not support expectError.{name}",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static int BsonValueOf(BsonValue value) => value is BsonInt32 i ? i.Value : (int)value.AsInt64;

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
