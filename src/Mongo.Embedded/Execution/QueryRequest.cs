using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Execution;

/// <summary>The parsed read options shared by find, count and distinct.</summary>
internal sealed record QueryRequest(QueryFilter Filter, SortSpec? Sort = null, Projection? Projection = null, int Skip = 0, int? Limit = null);
