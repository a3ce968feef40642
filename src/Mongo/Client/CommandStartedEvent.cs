using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// A command the client is about to send (Command Logging and Monitoring spec, "CommandStartedEvent"): the
/// database, the command's name (its first key) and the command document as sent, without the wire-level $db.
/// </summary>
public sealed record CommandStartedEvent(string DatabaseName, string CommandName, BsonDocument Command);
