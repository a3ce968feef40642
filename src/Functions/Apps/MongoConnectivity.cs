using System.Net.Sockets;
using Serverless.Mongo;

namespace Serverless.Functions.Apps;

/// <summary>
/// Which exceptions mean "MongoDB cannot be reached" (reference §3.4: server-selection timeout, connection
/// errors) as opposed to a command MongoDB answered with an error.
/// </summary>
public static class MongoConnectivity
{
    public static bool IsUnreachable(Exception exception) =>
        exception is MongoTimeoutException or MongoConnectionException or SocketException or IOException;
}
