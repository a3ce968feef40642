using Serverless.GraphQL.Execution;

namespace Serverless.Core.Compilation;

/// <summary>
/// The result of one request. <paramref name="MongoCommandCount"/>: the find/aggregate commands Core issued for
/// it (getMore batches not counted).
/// </summary>
public sealed record AppExecutionResult(AppOutcome Outcome, ExecutionResult Result, long MongoCommandCount);
