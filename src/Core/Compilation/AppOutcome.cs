namespace Serverless.Core.Compilation;

/// <summary>How a request ended, which decides the HTTP status (reference §3.4).</summary>
public enum AppOutcome
{
    /// <summary>Data and/or field errors; HTTP 200 when data is non-null, else 400.</summary>
    Completed,

    /// <summary>Syntax, validation or operation-selection error: errors and no data; HTTP 400.</summary>
    RequestError,

    /// <summary>The request allows queries only and the selected operation is a mutation or subscription; HTTP 405.</summary>
    OperationNotAllowed,

    /// <summary>The query-time budget ran out (§13): only "Maximum query time limit of &lt;N&gt;ms exceeded"; HTTP 408.</summary>
    TimeLimitExceeded,

    /// <summary>MongoDB could not be reached during execution (fixes quirk 19); HTTP 500.</summary>
    DatabaseUnavailable,
}
