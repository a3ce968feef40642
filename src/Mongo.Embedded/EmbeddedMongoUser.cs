namespace Serverless.Mongo.Embedded;

/// <summary>
/// A user the embedded server accepts over SCRAM-SHA-256 and SCRAM-SHA-1 (both, like mongod's createUser default).
/// Users have no roles: once authenticated, a connection may run every command.
/// </summary>
/// <param name="Name">The user name, as given in the connection string.</param>
/// <param name="Password">The password; stored only as salted SCRAM keys (RFC 5802 section 3).</param>
/// <param name="Database">The authentication database (the connection string's authSource), admin by default.</param>
public sealed record EmbeddedMongoUser(string Name, string Password, string Database = "admin");
