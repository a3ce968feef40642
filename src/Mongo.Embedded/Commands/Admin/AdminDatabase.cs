namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>The check of commands that exist only on the admin database (manual: "must be run against the admin database").</summary>
internal static class AdminDatabase
{
    public const string Name = "admin";

    /// <exception cref="CommandException">The command was sent to another database: Unauthorized (13), as mongod answers.</exception>
    public static void Require(CommandContext context)
    {
        if (!string.Equals(context.DatabaseName, Name, StringComparison.Ordinal))
        {
            throw ServerErrors.Unauthorized($"{context.CommandName} may only be run against the admin database.");
        }
    }
}
