using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A command the server answered with ok: 1, and its reply (Command Monitoring spec, "CommandSucceededEvent").</summary>
public sealed record CommandSucceededEvent(string DatabaseName, string CommandName, BsonDocument Reply);
