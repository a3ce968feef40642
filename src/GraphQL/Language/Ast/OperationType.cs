namespace Serverless.GraphQL.Language;

/// <summary>The three operation types (§2.3 OperationType).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
