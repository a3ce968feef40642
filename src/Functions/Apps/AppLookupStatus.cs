namespace Serverless.Functions.Apps;

/// <summary>How a request's app uri resolved (reference §3.1 step 2).</summary>
public enum AppLookupStatus
{
    Found,
    NotFound,
    InvalidDefinition,
    DatabaseUnavailable,
}
