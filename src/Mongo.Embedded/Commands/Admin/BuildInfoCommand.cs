using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>buildInfo: the version this server imitates, 8.0.0 (manual "buildInfo").</summary>
internal sealed class BuildInfoCommand : ICommandHandler
{
    public const string Version = "8.0.0";

    public IReadOnlyList<string> Names { get; } = ["buildInfo", "buildinfo"];

    public BsonDocument Execute(CommandContext context) =>
    [
        new("version", Version),
        new("gitVersion", "embedded"),
        new("versionArray", new BsonArray(8, 0, 0, 0)),
        new("javascriptEngine", "none"),
        new("bits", 64),
        new("debug", false),
        new("maxBsonObjectSize", HelloCommand.MaxBsonObjectSize),
        new("storageEngines", new BsonArray("inMemory")),
    ];
}
