using Serverless.GraphQL.Execution;
using Serverless.Mongo;
using Serverless.Mongo.Topology;

namespace Serverless.Core.Execution;

/// <summary>
/// RESTHeart's error classifications (§3.3) as <c>extensions.classification</c>, and the field failures that turn
/// a whole request into a 408 (§13) or a 500 (fixes quirk 19: MongoDB unreachable is not a partial success).
/// </summary>
internal static class ErrorClassification
{
    public const string InvalidSyntax = "InvalidSyntax";
    public const string ValidationError = "ValidationError";
    public const string DataFetchingException = "DataFetchingException";
    public const string ExecutionAborted = "ExecutionAborted";

    public static GraphQLError Classify(GraphQLError error, string classification)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is not null)
        {
            foreach (var (key, value) in error.Extensions)
            {
                extensions[key] = value;
            }
        }

        extensions["classification"] = classification;
        return error.WithExtensions(extensions);
    }

    public static GraphQLError Aborted(string message) =>
        new(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["classification"] = ExecutionAborted });

    /// <summary>The error filter of a request: classifies the field error and records request-level failures.</summary>
    public static GraphQLError FilterFieldError(GraphQLError error, Exception exception, RequestContext request)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case MongoConnectionException or ServerSelectionTimeoutException:
                    request.MarkConnectivityError(current.Message);
                    break;
                case QueryTimeLimitExceededException or MongoTimeoutException:
                case MongoCommandException { Code: Resolution.FieldFailures.MaxTimeMSExpired }:
                case OperationCanceledException when request.CancellationToken.IsCancellationRequested:
                    request.MarkTimedOut();
                    break;
            }
        }

        return Classify(error, DataFetchingException);
    }
}
