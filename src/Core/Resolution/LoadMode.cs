namespace Serverless.Core.Resolution;

/// <summary>How a mapped field reaches MongoDB (§9.2, changed by issue 5: batching by default).</summary>
internal enum LoadMode
{
    /// <summary>Independent of the parent: one query per invocation (Query-level fields, constant mappings).</summary>
    Direct,

    /// <summary>Depends on its parent ($fk or rootDoc): batched through the request's loader, cached, not reported (§9.5).</summary>
    Implicit,

    /// <summary>An explicit <c>dataLoader</c> with batching or caching (§9.1): its settings, reported in verbose statistics.</summary>
    Explicit,
}
