using System.Collections;

namespace Serverless.Bson;

/// <summary>
/// The values a dotted path reaches in a document under query semantics, plus what the query language needs
/// to know about where it reached nothing (see <see cref="BsonPath.Expand(BsonDocument, BsonPathLeafArrays)"/>).
/// </summary>
public sealed class BsonPathExpansion : IReadOnlyList<BsonValue>
{
    private readonly BsonValue[] _values;

    internal BsonPathExpansion(BsonValue[] values, bool hasMissingBranch)
    {
        _values = values;
        HasMissingBranch = hasMissingBranch;
    }

    /// <summary>
    /// True when the path found no value at all. <c>{$exists: false}</c> matches exactly these documents
    /// (the server's $exists asks whether any candidate element exists).
    /// </summary>
    public bool IsMissing => _values.Length == 0;

    /// <summary>
    /// True when some branch of the traversal ended on a missing field: at the top level, or inside a
    /// sub-document reached through an array (<c>{a: [{b: 1}, {}]}</c> for "a.b"), or at a scalar where the
    /// path wanted to go deeper. The server reports these as an empty (EOO) element, and
    /// <c>{$eq: null}</c> matches them (manual "Query for Null or Missing Fields"). A branch that dies at a
    /// scalar array element (<c>{a: [1]}</c> for "a.b") is skipped silently and does not count.
    /// </summary>
    public bool HasMissingBranch { get; }

    public int Count => _values.Length;

    public BsonValue this[int index] => _values[index];

    public IEnumerator<BsonValue> GetEnumerator() => ((IEnumerable<BsonValue>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
