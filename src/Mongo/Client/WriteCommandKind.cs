namespace Serverless.Mongo;

/// <summary>The three write commands a bulkWrite splits its models into.</summary>
internal enum WriteCommandKind
{
    Insert,
    Update,
    Delete,
}
