namespace Serverless.Mongo.Topology.Selection;

/// <summary>The number of operations each server is executing (Server Selection spec, "operationCount").</summary>
public interface IServerOperationCounts
{
    int GetOperationCount(ServerAddress address);
}
