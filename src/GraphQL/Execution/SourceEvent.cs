namespace Serverless.GraphQL.Execution;

/// <summary>
/// The event a subscription response is computed for (§6.2.3.2 ExecuteSubscriptionEvent): when present, it is the
/// value of the root field instead of calling the root field's (subscribe) resolver again.
/// </summary>
internal readonly record struct SourceEvent(bool IsPresent, object? Value)
{
    public static SourceEvent None => default;
}
