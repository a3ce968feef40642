namespace Serverless.Bson;

/// <summary>
/// What <see cref="BsonPath.Expand(BsonDocument, BsonPathLeafArrays)"/> yields when the path ends on an array
/// (the server's <c>ElementPath::LeafArrayBehavior</c>).
/// </summary>
public enum BsonPathLeafArrays
{
    /// <summary>Each element, then the array itself: what equality, comparison and $in match against.</summary>
    ElementsThenArray,

    /// <summary>Only the array itself: what $size and $elemMatch look at.</summary>
    ArrayOnly,

    /// <summary>Only the elements.</summary>
    ElementsOnly,
}
