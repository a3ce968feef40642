namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// The suitability rules of one topology type (Server Selection spec, "Topology type: …" sections). Each type has
/// its own implementation, found through <see cref="TopologySelectionRules.For"/>.
/// </summary>
internal interface ITopologySelectionRules
{
    IReadOnlyList<ServerDescription> SuitableForRead(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference);

    IReadOnlyList<ServerDescription> SuitableForWrite(TopologyDescription topology, IReadOnlyList<ServerDescription> servers);
}
