using Serverless.Mongo.Cluster;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Operations;

/// <summary>What every operation of one client shares: the cluster, operation counts, sessions and the retry options.</summary>
internal sealed record OperationContext(
    MongoCluster Cluster,
    ServerOperationCounter OperationCounts,
    ServerSessionPool Sessions,
    TimeSpan LocalThreshold,
    bool RetryReads,
    bool RetryWrites,
    TimeProvider Time);
