using System.Buffers;
using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A database on the client's server.</summary>
public sealed class MongoDatabase
{
    // Naming restrictions (manual, "Restrictions on Database Names for Unix and Linux Systems" and Windows).
    private static readonly SearchValues<char> ForbiddenNameChars = SearchValues.Create("/\\. \"$*<>:|?\0");

    internal MongoDatabase(MongoClient client, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAny(ForbiddenNameChars) >= 0)
        {
            throw new ArgumentException($"Database name '{name}' contains a character MongoDB forbids in database names (/\\. \"$*<>:|?).", nameof(name));
        }

        Client = client;
        Name = name;
    }

    public MongoClient Client { get; }

    public string Name { get; }

    /// <exception cref="ArgumentException">Not a valid collection name.</exception>
    public MongoCollection GetCollection(string name) => new(this, name);

    /// <summary>Runs a command against this database and returns the reply.</summary>
    /// <exception cref="MongoCommandException">The server replied ok: 0.</exception>
    public Task<BsonDocument> RunCommandAsync(BsonDocument command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Client.RunCommandAsync(Name, command, cancellationToken);
    }
}
