using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Runs an OP_MSG command and answers with an OP_MSG whose responseTo is the request id.</summary>
internal sealed class OpMsgRequestHandler(CommandDispatcher dispatcher, ServerState server) : IWireRequestHandler
{
    public OpCode OpCode => OpCode.Msg;

    public WireMessage? Handle(WireMessage request, int connectionId, CancellationToken cancellationToken)
    {
        var message = (OpMsgMessage)request;
        var reply = dispatcher.Dispatch(message.MergedBody(), server, connectionId, cancellationToken);

        // moreToCome on a request means an unacknowledged write: the client reads no reply ("OP_MSG / Flag Bits").
        return message.Flags.HasFlag(OpMsgFlagBits.MoreToCome)
            ? null
            : new OpMsgMessage(server.NextRequestId(), message.RequestId, OpMsgFlagBits.None, reply);
    }
}
