namespace Serverless.GraphQL.Documents;

/// <summary>A snapshot of a <see cref="DocumentCache"/>'s counters since it was created.</summary>
/// <param name="Hits">Lookups answered from the cache (same text seen before and still kept).</param>
/// <param name="Misses">Lookups that parsed and validated the text.</param>
/// <param name="Evictions">Documents dropped to stay within the caps.</param>
/// <param name="Count">Documents kept now.</param>
/// <param name="TotalQueryBytes">UTF-8 size of the query texts kept now.</param>
public readonly record struct DocumentCacheStatistics(long Hits, long Misses, long Evictions, int Count, long TotalQueryBytes);
