namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>
/// What the server knows about one client connection: its id and who it authenticated as. Commands on a
/// connection are handled one after another, so nothing here needs locking.
/// </summary>
internal sealed class ConnectionSession(int id, string clientAddress, IScramCredentialStore credentials)
{
    private SaslServerSession _sasl = new(credentials);

    public int Id => id;

    /// <summary>The peer, <c>host:port</c> (currentOp "client").</summary>
    public string ClientAddress => clientAddress;

    /// <summary>The SASL conversation state (saslStart, saslContinue, hello's speculativeAuthenticate).</summary>
    public SaslServerSession Sasl => _sasl;

    public bool IsAuthenticated => _sasl.AuthenticatedUsername is not null;

    /// <summary>logout: forget the authenticated user (and any conversation under way).</summary>
    public void Logout() => _sasl = new SaslServerSession(credentials);
}
