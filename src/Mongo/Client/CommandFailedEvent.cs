namespace Serverless.Mongo;

/// <summary>A command that failed, with ok: 0 or on the network (Command Monitoring spec, "CommandFailedEvent").</summary>
public sealed record CommandFailedEvent(string DatabaseName, string CommandName, MongoException Failure);
