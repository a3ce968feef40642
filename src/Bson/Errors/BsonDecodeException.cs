namespace Serverless.Bson;

/// <summary>Raised when BSON bytes break a structural rule; names the byte offset and the rule.</summary>
public sealed class BsonDecodeException : BsonException
{
    public BsonDecodeException(long offset, string rule)
        : base($"Invalid BSON at offset {offset}: {rule}")
    {
        Offset = offset;
        Rule = rule;
    }

    /// <summary>Offset, from the start of the outermost document, where the broken rule was detected.</summary>
    public long Offset { get; }

    /// <summary>The rule that was broken, in words.</summary>
    public string Rule { get; }
}
