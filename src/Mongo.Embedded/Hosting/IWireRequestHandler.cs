using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Answers one kind of request message (one opcode).</summary>
internal interface IWireRequestHandler
{
    OpCode OpCode { get; }

    /// <summary>The reply to send, or null when the client asked for none (moreToCome).</summary>
    WireMessage? Handle(WireMessage request, ConnectionSession session, CancellationToken cancellationToken);
}
