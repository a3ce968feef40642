namespace Serverless.Bson;

/// <summary>
/// BSON 0x0B: a regular expression as two cstrings, pattern and options. Options are kept in the order given;
/// writers emit them sorted, as the BSON spec requires ("options … stored in alphabetical order").
/// </summary>
public sealed class BsonRegularExpression : BsonValue
{
    public BsonRegularExpression(string pattern, string options = "")
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(options);
        Pattern = pattern;
        Options = options;
    }

    public string Pattern { get; }

    public string Options { get; }

    public override BsonType Type => BsonType.RegularExpression;

    /// <summary>The options with their characters in alphabetical order, as written to BSON and Extended JSON.</summary>
    public string SortedOptions
    {
        get
        {
            if (Options.Length < 2)
            {
                return Options;
            }

            // Sort code points, not UTF-16 units: sorting units would split a surrogate pair apart.
            var runes = Options.EnumerateRunes().ToArray();
            Array.Sort(runes);
            var sorted = new System.Text.StringBuilder(Options.Length);
            foreach (var rune in runes)
            {
                sorted.Append(rune.ToString());
            }

            return sorted.ToString();
        }
    }

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) =>
        other is BsonRegularExpression r
        && string.Equals(r.Pattern, Pattern, StringComparison.Ordinal)
        && string.Equals(r.SortedOptions, SortedOptions, StringComparison.Ordinal);

    public override int GetHashCode() =>
        HashCode.Combine(BsonType.RegularExpression, StringComparer.Ordinal.GetHashCode(Pattern), StringComparer.Ordinal.GetHashCode(SortedOptions));
}
