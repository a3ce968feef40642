using System.Buffers.Binary;
using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Bson.Tests.Numerics;

/// <summary>
/// Runs the official BSON corpus (specifications/source/bson-corpus/tests/decimal128-*.json) against
/// <see cref="Decimal128"/>. Each valid case's <c>canonical_bson</c> is the document {"d": decimal}.
/// Only the Decimal128 value is checked here; document framing belongs to the codec's own tests.
/// Without the shared folder the tests skip, except under CI=true where they fail.
/// </summary>
public sealed class Decimal128CorpusTests
{
    // Relative to the shared folder; see shared/specs/mongodb/SOURCES.md, section bson-corpus.
    private const string CorpusFolder = "specs/mongodb/bson-corpus";

    private readonly ITestOutputHelper output;

    public Decimal128CorpusTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [SharedDataFact(CorpusFolder)]
    public void Valid_cases_round_trip_between_bytes_and_canonical_string()
    {
        var report = new SuiteReport("bson-corpus-decimal128-valid");
        foreach (string file in CorpusFiles())
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("valid", out JsonElement valid))
            {
                continue;
            }

            int lossy = 0;
            int degenerate = 0;
            foreach (JsonElement testCase in valid.EnumerateArray())
            {
                var failures = new List<string>();
                string label = $"{Path.GetFileName(file)} {testCase.GetProperty("description").GetString()}";
                string bsonHex = testCase.GetProperty("canonical_bson").GetString()!.ToUpperInvariant(); // a few cases are lowercase
                string canonical = NumberDecimalOf(testCase.GetProperty("canonical_extjson").GetString()!);
                bool isLossy = testCase.TryGetProperty("lossy", out JsonElement l) && l.GetBoolean();
                lossy += isLossy ? 1 : 0;

                // bytes → value → string gives the canonical string.
                Decimal128 fromBytes = DecodeDocument(bsonHex);
                Check(failures, "bytes→string", canonical, fromBytes.ToString());

                // value → bytes gives the canonical bytes back (bit-pattern identity).
                Check(failures, "bytes→bytes", bsonHex, EncodeDocument(fromBytes));

                // string → value → bytes gives the canonical bytes, unless the string form loses information
                // (NaN payloads and signs, non-canonical coefficients): then this one step does not apply.
                if (!isLossy)
                {
                    CheckParse(failures, "string→bytes", canonical, bsonHex);
                }

                // The canonical string is a fixed point of parse-then-format, lossy or not.
                if (Decimal128.TryParse(canonical, out Decimal128 reparsed))
                {
                    Check(failures, "string→string", canonical, reparsed.ToString());
                }
                else
                {
                    failures.Add($"[string→string] '{canonical}' was rejected");
                }

                // A degenerate string parses to the canonical bytes. The lossy "-NaN" case still holds
                // because the parser keeps the sign of NaN.
                if (testCase.TryGetProperty("degenerate_extjson", out JsonElement degenerateJson))
                {
                    degenerate++;
                    CheckParse(failures, "degenerate→bytes", NumberDecimalOf(degenerateJson.GetString()!), bsonHex);
                }

                if (failures.Count == 0)
                {
                    report.Pass();
                }
                else
                {
                    report.Fail(label, string.Join("; ", failures));
                }
            }

            report.Detail($"{Path.GetFileName(file)}: {valid.GetArrayLength()} valid cases, {lossy} lossy (string→bytes not checked), {degenerate} with degenerate strings");
        }

        // Counted in the bson-corpus suite too; rendered here for the focused Decimal128 view only.
        output.WriteLine(report.Render());
        report.Failures.ShouldBeEmpty();
        report.Passed.ShouldBeGreaterThan(0);
    }

    [SharedDataFact(CorpusFolder)]
    public void Parse_errors_are_rejected()
    {
        var report = new SuiteReport("bson-corpus-decimal128-parse-errors");
        foreach (string file in CorpusFiles())
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("parseErrors", out JsonElement errors))
            {
                continue;
            }

            foreach (JsonElement testCase in errors.EnumerateArray())
            {
                string label = $"{Path.GetFileName(file)} {testCase.GetProperty("description").GetString()}";
                string input = testCase.GetProperty("string").GetString()!;
                bool parsed = Decimal128.TryParse(input, out Decimal128 value);
                bool threw = false;
                try
                {
                    Decimal128.Parse(input);
                }
                catch (FormatException)
                {
                    threw = true;
                }

                if (parsed || !threw)
                {
                    report.Fail(label, $"'{input}' was accepted as {value}");
                }
                else
                {
                    report.Pass();
                }
            }

            report.Detail($"{Path.GetFileName(file)}: {errors.GetArrayLength()} parse errors");
        }

        // Counted in the bson-corpus suite too; rendered here for the focused Decimal128 view only.
        output.WriteLine(report.Render());
        report.Failures.ShouldBeEmpty();
        report.Passed.ShouldBeGreaterThan(0);
    }

    private static void Check(List<string> failures, string step, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            failures.Add($"[{step}] expected {expected}, got {actual}");
        }
    }

    private static void CheckParse(List<string> failures, string step, string input, string expectedHex)
    {
        if (!Decimal128.TryParse(input, out Decimal128 parsed))
        {
            failures.Add($"[{step}] '{input}' was rejected");
            return;
        }

        Check(failures, step, expectedHex, EncodeDocument(parsed));
    }

    /// <summary>Pulls the string out of {"d" : {"$numberDecimal" : "..."}}; it is JSON text, so escapes must be decoded.</summary>
    private static string NumberDecimalOf(string extendedJson)
    {
        using JsonDocument doc = JsonDocument.Parse(extendedJson);
        return doc.RootElement.GetProperty("d").GetProperty("$numberDecimal").GetString()!;
    }

    // {"d": decimal} is: int32 length 24, type 0x13, "d\0", 16 value bytes (low word then high word,
    // each little-endian), 0x00 terminator (BSON spec, element and document grammar).
    private const int ValueOffset = 7;

    private static Decimal128 DecodeDocument(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex);
        bytes.Length.ShouldBe(24, $"{hex} is not a {{\"d\": decimal128}} document");
        bytes[4].ShouldBe((byte)0x13);
        ulong low = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(ValueOffset, 8));
        ulong high = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(ValueOffset + 8, 8));
        return new Decimal128(high, low);
    }

    private static string EncodeDocument(Decimal128 value)
    {
        byte[] bytes = new byte[24];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, 24);
        bytes[4] = 0x13;
        bytes[5] = (byte)'d';
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(ValueOffset, 8), value.Low);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(ValueOffset + 8, 8), value.High);
        return Convert.ToHexString(bytes);
    }

    private static List<string> CorpusFiles()
    {
        string corpus = RepositoryLayout.Shared(CorpusFolder);
        var files = Directory.GetFiles(corpus, "decimal128-*.json").Order(StringComparer.Ordinal).ToList();
        files.ShouldNotBeEmpty($"no decimal128-*.json files in {corpus}");
        return files;
    }
}
