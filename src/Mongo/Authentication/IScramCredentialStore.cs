namespace Serverless.Mongo;

/// <summary>Where a server looks up users' SCRAM credentials (per authentication database).</summary>
public interface IScramCredentialStore
{
    /// <summary>The user's credential for this mechanism, or null when there is none.</summary>
    ScramStoredCredential? Find(string database, string username, ScramAlgorithm algorithm);

    /// <summary>The mechanisms the user can authenticate with, for hello's saslSupportedMechs reply field.</summary>
    IReadOnlyList<string> GetMechanismNames(string database, string username);
}
