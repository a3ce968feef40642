using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>One server command. The dispatcher picks a handler by the first key of the command body.</summary>
internal interface ICommandHandler
{
    /// <summary>The command names this handler answers (case-sensitive, as the server matches them).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Runs the command and returns the reply body without <c>ok</c>; failures throw <see cref="CommandException"/>.</summary>
    BsonDocument Execute(CommandContext context);
}
