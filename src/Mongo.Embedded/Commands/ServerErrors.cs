namespace Serverless.Mongo.Embedded.Commands;

/// <summary>The MongoDB error codes this server raises (mongo/src/mongo/base/error_codes.yml).</summary>
internal static class ServerErrors
{
    public static CommandException BadValue(string message) => new(2, "BadValue", message);

    public static CommandException FailedToParse(string message) => new(9, "FailedToParse", message);

    public static CommandException TypeMismatch(string message) => new(14, "TypeMismatch", message);

    public static CommandException NamespaceNotFound(string message) => new(26, "NamespaceNotFound", message);

    public static CommandException IndexNotFound(string message) => new(27, "IndexNotFound", message);

    public static CommandException CursorNotFound(long cursorId) => new(43, "CursorNotFound", $"cursor id {cursorId} not found");

    public static CommandException NamespaceExists(string message) => new(48, "NamespaceExists", message);

    public static CommandException MaxTimeMSExpired() => new(50, "MaxTimeMSExpired", "operation exceeded time limit");

    public static CommandException Interrupted() => new(11601, "Interrupted", "operation was interrupted");

    public static CommandException CommandNotFound(string name) => new(59, "CommandNotFound", $"no such command: '{name}'");

    public static CommandException InvalidNamespace(string message) => new(73, "InvalidNamespace", message);

    public static CommandException IndexOptionsConflict(string message) => new(85, "IndexOptionsConflict", message);

    public static CommandException IndexKeySpecsConflict(string message) => new(86, "IndexKeySpecsConflict", message);

    public static CommandException DuplicateKey(string message) => new(11000, "DuplicateKey", message);

    public static CommandException Unauthorized(string message) => new(13, "Unauthorized", message);

    public static CommandException InvalidOptions(string message) => new(72, "InvalidOptions", message);

    public static CommandException IllegalOperation(string message) => new(20, "IllegalOperation", message);

    public static CommandException UnsupportedOpQueryCommand(string name) =>
        new(352, "UnsupportedOpQueryCommand", $"Unsupported OP_QUERY command: {name}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal");
}
