using System.Collections.Concurrent;

namespace Serverless.Mongo;

/// <summary>An in-memory, thread-safe <see cref="IScramCredentialStore"/> for users configured at start-up.</summary>
public sealed class ScramCredentialStore : IScramCredentialStore
{
    private readonly ConcurrentDictionary<(string Database, string Username, string Mechanism), ScramStoredCredential> _credentials = new();

    /// <summary>
    /// Adds a user with credentials for each mechanism (both SCRAM mechanisms when none are given, like mongod's
    /// createUser default), each with a fresh salt.
    /// </summary>
    public void AddUser(string database, string username, string password, params IEnumerable<ScramAlgorithm> algorithms)
    {
        ArgumentNullException.ThrowIfNull(algorithms);
        var chosen = algorithms.ToList();
        foreach (var algorithm in chosen.Count == 0 ? [ScramAlgorithm.Sha1, ScramAlgorithm.Sha256] : chosen)
        {
            Add(database, ScramStoredCredential.FromPassword(algorithm, username, password));
        }
    }

    /// <summary>Adds or replaces the credential for its user and mechanism.</summary>
    public void Add(string database, ScramStoredCredential credential)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        ArgumentNullException.ThrowIfNull(credential);
        _credentials[(database, credential.Username, credential.Algorithm.MechanismName)] = credential;
    }

    public ScramStoredCredential? Find(string database, string username, ScramAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return _credentials.GetValueOrDefault((database, username, algorithm.MechanismName));
    }

    public IReadOnlyList<string> GetMechanismNames(string database, string username) =>
        new[] { ScramAlgorithm.Sha1, ScramAlgorithm.Sha256 }
            .Where(algorithm => _credentials.ContainsKey((database, username, algorithm.MechanismName)))
            .Select(algorithm => algorithm.MechanismName)
            .ToList();
}
