namespace Serverless.GraphQL.Benchmarks;

/// <summary>One operation measured by the graphql-js reference run.</summary>
/// <param name="Description">What was timed, e.g. "parse(source)".</param>
/// <param name="NsPerOperation">Median time of one operation over the timed batches, in nanoseconds.</param>
/// <param name="BestNsPerOperation">Time of one operation in the fastest batch, in nanoseconds.</param>
internal sealed record ReferenceOperation(string Description, double NsPerOperation, double BestNsPerOperation);
