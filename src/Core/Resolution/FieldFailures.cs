using Serverless.Core.Execution;
using Serverless.Core.Interpolation;
using Serverless.GraphQL.Execution;
using Serverless.Mongo;

namespace Serverless.Core.Resolution;

/// <summary>
/// Which failures of a mapped field are field errors with their own message (§6.2 "variable x not bound", §7.1
/// step 7 MongoDB errors) and which abort the request (§13 MaxTimeMSExpired).
/// </summary>
internal static class FieldFailures
{
    /// <summary>MongoDB's MaxTimeMSExpired: the request's budget ran out inside the server (§13).</summary>
    public const int MaxTimeMSExpired = 50;

    public static GraphQLException FromMapping(MappingException exception) => new(exception.Message, exception);

    /// <summary>Converts a MongoDB command error to a field error; a maxTimeMS expiry aborts the request instead (§13).</summary>
    public static Exception FromCommand(MongoCommandException exception, RequestContext request)
    {
        if (exception.Code == MaxTimeMSExpired)
        {
            request.MarkTimedOut();
            return new QueryTimeLimitExceededException(exception.Message, exception);
        }

        return new GraphQLException(exception.ErrorMessage is { Length: > 0 } message ? message : exception.Message, exception);
    }
}
