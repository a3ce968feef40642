namespace Serverless.Mongo.Dns;

/// <summary>
/// One TXT resource record (RFC 1035, section 3.3.14): one or more character strings of up to 255 bytes each.
/// </summary>
public sealed record TxtRecord(IReadOnlyList<string> Strings)
{
    /// <summary>
    /// The strings joined with nothing between them: Initial DNS Seedlist Discovery spec, "A TXT record with
    /// several strings is concatenated" (RFC 7208 uses the same rule for long SPF records).
    /// </summary>
    public string Text => string.Concat(Strings);
}
