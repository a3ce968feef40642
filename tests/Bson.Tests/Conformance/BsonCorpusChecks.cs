using System.Text.Json;
using Serverless.TestSupport;

namespace Serverless.Bson.Tests.Conformance;

/// <summary>
/// The checks of the BSON corpus spec (specifications source/bson-corpus/bson-corpus.md, "Test Plan") for one
/// file, each recorded in a <see cref="SuiteReport"/> as one case named "file description [check]".
/// </summary>
internal sealed class BsonCorpusChecks
{
    private readonly SuiteReport _report;
    private readonly string _file;

    public BsonCorpusChecks(SuiteReport report, string file)
    {
        _report = report;
        _file = file;
    }

    /// <summary>Runs every case of one corpus file.</summary>
    public void Run(JsonElement root)
    {
        var bsonType = root.GetProperty("bson_type").GetString()!;
        foreach (var testCase in Cases(root, "valid"))
        {
            RunValid(testCase);
        }

        foreach (var testCase in Cases(root, "decodeErrors"))
        {
            var hex = testCase.GetProperty("bson").GetString()!;
            Check(Describe(testCase), "decode error", () => Rejects<BsonException>(() => BsonCodec.Decode(Convert.FromHexString(hex))));
        }

        foreach (var testCase in Cases(root, "parseErrors"))
        {
            var input = testCase.GetProperty("string").GetString()!;
            if (bsonType == "0x13")
            {
                Check(Describe(testCase), "decimal128 parse error", () => DecimalRejected(input));
            }
            else
            {
                // For 0x00 (top.json) and 0x05 the input is Extended JSON: valid JSON that must fail Extended
                // JSON parsing. No other type has parse errors today; they would be read the same way.
                Check(Describe(testCase), "extjson parse error", () => ExtendedJsonRejected(input));
            }
        }
    }

    private static List<JsonElement> Cases(JsonElement root, string name) =>
        root.TryGetProperty(name, out var cases) ? [.. cases.EnumerateArray()] : [];

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    private static string? SameBytes(string expectedHex, byte[] actual) =>
        string.Equals(expectedHex.ToUpperInvariant(), Hex(actual), StringComparison.Ordinal) ? null : $"expected {expectedHex.ToUpperInvariant()}, got {Hex(actual)}";

    private static string? SameJson(string expected, string actual) =>
        JsonEquivalence.Difference(expected, actual) is { } difference ? $"{difference}; expected {expected}, got {actual}" : null;

    private static string? Rejects<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return $"accepted; {typeof(TException).Name} expected";
        }
        catch (TException)
        {
            return null;
        }
    }

    private static string? ExtendedJsonRejected(string input)
    {
        try
        {
            using var plain = JsonDocument.Parse(input);
        }
        catch (JsonException e)
        {
            return $"the corpus input is not valid JSON ({e.Message})";
        }

        return Rejects<ExtendedJsonException>(() => ExtendedJson.ParseDocument(input))
            ?? Rejects<ExtendedJsonException>(() => ExtendedJson.ParseDocument(System.Text.Encoding.UTF8.GetBytes(input)));
    }

    private static string? DecimalRejected(string input)
    {
        if (Decimal128.TryParse(input, out var value))
        {
            return $"Decimal128.TryParse accepted it as {value}";
        }

        // The same text inside a $numberDecimal wrapper must surface as an Extended JSON error, not a FormatException.
        var wrapped = $"{{\"d\": {{\"$numberDecimal\": {JsonSerializer.Serialize(input)}}}}}";
        return Rejects<FormatException>(() => Decimal128.Parse(input))
            ?? Rejects<ExtendedJsonException>(() => ExtendedJson.ParseDocument(wrapped));
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex);

    private static string Canonical(BsonDocument document) => ExtendedJson.Serialize(document, ExtendedJsonMode.Canonical);

    private static string Relaxed(BsonDocument document) => ExtendedJson.Serialize(document, ExtendedJsonMode.Relaxed);

    private void RunValid(JsonElement testCase)
    {
        var name = Describe(testCase);
        var canonicalBson = testCase.GetProperty("canonical_bson").GetString()!;
        var canonicalJson = testCase.GetProperty("canonical_extjson").GetString()!;
        var relaxedJson = Optional(testCase, "relaxed_extjson");
        var degenerateBson = Optional(testCase, "degenerate_bson");
        var degenerateJson = Optional(testCase, "degenerate_extjson");
        var lossy = testCase.TryGetProperty("lossy", out var lossyFlag) && lossyFlag.GetBoolean();

        Check(name, "bson→bson", () => SameBytes(canonicalBson, BsonCodec.Encode(BsonCodec.Decode(Bytes(canonicalBson)))));
        Check(name, "bson→canonical extjson", () => SameJson(canonicalJson, Canonical(BsonCodec.Decode(Bytes(canonicalBson)))));
        if (relaxedJson is not null)
        {
            Check(name, "bson→relaxed extjson", () => SameJson(relaxedJson, Relaxed(BsonCodec.Decode(Bytes(canonicalBson)))));
        }

        Check(name, "canonical extjson→canonical extjson", () => SameJson(canonicalJson, Canonical(ExtendedJson.ParseDocument(canonicalJson))));

        // Lossy cases (NaN payloads, for instance) cannot come back as the same bytes from their text form.
        if (!lossy)
        {
            Check(name, "canonical extjson→bson", () => SameBytes(canonicalBson, BsonCodec.Encode(ExtendedJson.ParseDocument(canonicalJson))));
        }

        if (degenerateBson is not null)
        {
            Check(name, "degenerate bson→bson", () => SameBytes(canonicalBson, BsonCodec.Encode(BsonCodec.Decode(Bytes(degenerateBson)))));
            Check(name, "degenerate bson→canonical extjson", () => SameJson(canonicalJson, Canonical(BsonCodec.Decode(Bytes(degenerateBson)))));
            if (relaxedJson is not null)
            {
                Check(name, "degenerate bson→relaxed extjson", () => SameJson(relaxedJson, Relaxed(BsonCodec.Decode(Bytes(degenerateBson)))));
            }
        }

        if (degenerateJson is not null)
        {
            Check(name, "degenerate extjson→canonical extjson", () => SameJson(canonicalJson, Canonical(ExtendedJson.ParseDocument(degenerateJson))));
            if (!lossy)
            {
                Check(name, "degenerate extjson→bson", () => SameBytes(canonicalBson, BsonCodec.Encode(ExtendedJson.ParseDocument(degenerateJson))));
            }

            if (relaxedJson is not null)
            {
                Check(name, "degenerate extjson→relaxed extjson", () => SameJson(relaxedJson, Relaxed(ExtendedJson.ParseDocument(degenerateJson))));
            }
        }

        if (relaxedJson is not null)
        {
            Check(name, "relaxed extjson→relaxed extjson", () => SameJson(relaxedJson, Relaxed(ExtendedJson.ParseDocument(relaxedJson))));
        }

        // converted_bson/converted_extjson describe drivers that turn deprecated types into modern ones. This
        // model keeps symbol, undefined and DBPointer natively, so the conversion itself does not apply; the
        // pair is still a valid BSON/Extended JSON pair of modern types, so it is checked as one.
        var convertedBson = Optional(testCase, "converted_bson");
        var convertedJson = Optional(testCase, "converted_extjson");
        if (convertedBson is not null && convertedJson is not null)
        {
            Check(name, "converted bson→canonical extjson", () => SameJson(convertedJson, Canonical(BsonCodec.Decode(Bytes(convertedBson)))));
            Check(name, "converted extjson→bson", () => SameBytes(convertedBson, BsonCodec.Encode(ExtendedJson.ParseDocument(convertedJson))));
        }
    }

    private static string? Optional(JsonElement testCase, string property) =>
        testCase.TryGetProperty(property, out var value) ? value.GetString() : null;

    private string Describe(JsonElement testCase) => $"{_file} {testCase.GetProperty("description").GetString()}";

    private void Check(string caseName, string step, Func<string?> check)
    {
        string? failure;
        try
        {
            failure = check();
        }
#pragma warning disable CA1031 // Any exception is a failed check; the report names it and the run goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = $"threw {e.GetType().Name}: {e.Message}";
        }

        if (failure is null)
        {
            _report.Pass();
        }
        else
        {
            _report.Fail($"{caseName} [{step}]", failure);
        }
    }
}
