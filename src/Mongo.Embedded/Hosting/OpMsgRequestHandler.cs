using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Runs an OP_MSG command and answers with an OP_MSG whose responseTo is the request id.</summary>
internal sealed class OpMsgRequestHandler(AuthenticationGate gate, ServerState server) : IWireRequestHandler
{
    public OpCode OpCode => OpCode.Msg;

    public WireMessage? Handle(WireMessage request, ConnectionSession session, CancellationToken cancellationToken)
    {
        var message = (OpMsgMessage)request;
        var reply = gate.Dispatch(message.MergedBody(), session, cancellationToken);

        // moreToCome on a request means an unacknowledged write: the client reads no reply ("OP_MSG / Flag Bits").
        return message.Flags.HasFlag(OpMsgFlagBits.MoreToCome)
            ? null
            : new OpMsgMessage(server.NextRequestId(), message.RequestId, OpMsgFlagBits.None, reply);
    }
}
