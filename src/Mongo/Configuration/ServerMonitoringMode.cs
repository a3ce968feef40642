namespace Serverless.Mongo;

/// <summary>serverMonitoringMode (Server Discovery and Monitoring spec, "serverMonitoringMode").</summary>
public enum ServerMonitoringMode
{
    /// <summary>Streaming where the platform suits it, polling otherwise (FaaS platforms poll).</summary>
    Auto,

    /// <summary>Use the streaming protocol when the server supports it.</summary>
    Stream,

    /// <summary>Always poll with hello.</summary>
    Poll,
}
