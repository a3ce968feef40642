namespace Serverless.Bson.Tests.Properties;

/// <summary>
/// Round-trip properties over 2,000 seeded random documents each. Results are compared as BSON bytes, not with
/// <see cref="BsonValue.Equals(BsonValue)"/>, because value equality calls −0.0 equal to 0.0 and any NaN equal
/// to any other, which would hide exactly the losses these properties look for.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private const int DocumentCount = 2000;
    private const int BinarySeeds = 1_000_000;
    private const int JsonSeeds = 2_000_000;
    private const int MaxReportedFailures = 3;

    [Fact]
    public void Bytes_to_value_to_bytes_is_the_identity()
    {
        CheckProperty(BinarySeeds, bitExact: true, BinaryRoundTrip);
    }

    [Fact]
    public void Value_to_canonical_extended_json_to_value_keeps_the_bytes()
    {
        CheckProperty(JsonSeeds, bitExact: false, JsonRoundTrip);
    }

    [Fact]
    public void Generator_covers_every_kind_and_the_edges()
    {
        var coverage = new Coverage();
        for (var i = 0; i < DocumentCount; i++)
        {
            coverage.Add(new RandomBson(BinarySeeds + i, bitExact: true).Document(), depth: 1);
        }

        Enum.GetValues<BsonType>().Except(coverage.Types).ShouldBeEmpty();
        Enumerable.Range(0, 10).Select(i => (BsonBinarySubtype)i).Except(coverage.Subtypes).ShouldBeEmpty();
        coverage.Subtypes.ShouldContain(s => (byte)s >= 0x80);
        coverage.MaxDepth.ShouldBeGreaterThanOrEqualTo(RandomBson.MaxDepth);
        coverage.DuplicateNames.ShouldBeTrue();
        coverage.NulInValue.ShouldBeTrue();
        coverage.SurrogatePair.ShouldBeTrue();
        coverage.NegativeDate.ShouldBeTrue();
        coverage.NegativeZero.ShouldBeTrue();
        coverage.Subnormal.ShouldBeTrue();
        coverage.DecimalSpecials.ShouldBe(3); // NaN, infinity, negative zero
    }

    private static string? BinaryRoundTrip(BsonDocument document)
    {
        var bytes = BsonCodec.Encode(document);
        var decoded = BsonCodec.Decode(bytes);
        var again = BsonCodec.Encode(decoded);
        return Difference(bytes, again) is { } where
            ? $"decode then encode changed the bytes at offset {where}"
            : decoded.Equals(document) ? null : "the decoded value is not equal to the original";
    }

    private static string? JsonRoundTrip(BsonDocument document)
    {
        var bytes = BsonCodec.Encode(document);
        var json = ExtendedJson.Serialize(document, ExtendedJsonMode.Canonical);
        var parsed = ExtendedJson.ParseDocument(json);
        var again = BsonCodec.Encode(parsed);
        return Difference(bytes, again) is { } where ? $"the bytes after the JSON round trip differ at offset {where}" : null;
    }

    private static int? Difference(byte[] expected, byte[] actual)
    {
        var common = expected.AsSpan().CommonPrefixLength(actual);
        return common == expected.Length && common == actual.Length ? null : common;
    }

    private static void CheckProperty(int firstSeed, bool bitExact, Func<BsonDocument, string?> property)
    {
        var failures = new List<string>();
        for (var i = 0; i < DocumentCount && failures.Count < MaxReportedFailures; i++)
        {
            var seed = firstSeed + i;
            var document = new RandomBson(seed, bitExact).Document();
            var problem = Evaluate(property, document);
            if (problem is not null)
            {
                var minimal = FailureReport.Shrink(document, d => Evaluate(property, d) is not null);
                failures.Add($"seed {seed}: {problem}\nshrunk to: {Evaluate(property, minimal)}\n{FailureReport.Describe(minimal)}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    private static string? Evaluate(Func<BsonDocument, string?> property, BsonDocument document)
    {
        try
        {
            return property(document);
        }
#pragma warning disable CA1031 // Any exception from a valid document is a property failure to report, not to crash on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private sealed class Coverage
    {
        public HashSet<BsonType> Types { get; } = [];

        public HashSet<BsonBinarySubtype> Subtypes { get; } = [];

        public int MaxDepth { get; private set; }

        public bool DuplicateNames { get; private set; }

        public bool NulInValue { get; private set; }

        public bool SurrogatePair { get; private set; }

        public bool NegativeDate { get; private set; }

        public bool NegativeZero { get; private set; }

        public bool Subnormal { get; private set; }

        public int DecimalSpecials => (_decimalNaN ? 1 : 0) + (_decimalInfinity ? 1 : 0) + (_decimalNegativeZero ? 1 : 0);

        private bool _decimalNaN;
        private bool _decimalInfinity;
        private bool _decimalNegativeZero;

        public void Add(BsonDocument document, int depth)
        {
            MaxDepth = Math.Max(MaxDepth, depth);
            DuplicateNames |= document.Names.Distinct(StringComparer.Ordinal).Count() != document.Count;
            foreach (var element in document)
            {
                Add(element.Value, depth);
            }
        }

        private void Add(BsonValue value, int depth)
        {
            Types.Add(value.Type);
            switch (value)
            {
                case BsonDocument document:
                    Add(document, depth + 1);
                    break;
                case BsonArray array:
                    MaxDepth = Math.Max(MaxDepth, depth + 1);
                    foreach (var item in array)
                    {
                        Add(item, depth + 1);
                    }

                    break;
                case BsonJavaScriptWithScope code:
                    Add(code.Scope, depth + 1);
                    break;
                case BsonBinary binary:
                    Subtypes.Add(binary.Subtype);
                    break;
                case BsonString s:
                    NulInValue |= s.Value.Contains('\0', StringComparison.Ordinal);
                    SurrogatePair |= s.Value.Any(char.IsSurrogate);
                    break;
                case BsonDateTime date:
                    NegativeDate |= date.MillisecondsSinceEpoch < 0;
                    break;
                case BsonDouble d:
                    NegativeZero |= d.Value == 0 && double.IsNegative(d.Value);
                    Subnormal |= double.IsSubnormal(d.Value);
                    break;
                case BsonDecimal128 m:
                    _decimalNaN |= m.Value.IsNaN;
                    _decimalInfinity |= m.Value.IsInfinity;
                    _decimalNegativeZero |= m.Value.IsZero && m.Value.IsNegative;
                    break;
            }
        }
    }
}
