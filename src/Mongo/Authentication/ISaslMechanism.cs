namespace Serverless.Mongo;

/// <summary>A client-side SASL mechanism: its name and a fresh conversation's first step.</summary>
public interface ISaslMechanism
{
    /// <summary>The name sent as saslStart's "mechanism".</summary>
    string Name { get; }

    /// <summary>Begins a new conversation (for SCRAM: draws a nonce and builds the client-first message).</summary>
    SaslStep Start();
}
