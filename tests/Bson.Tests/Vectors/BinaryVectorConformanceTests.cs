using System.Globalization;
using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Bson.Tests.Vectors;

/// <summary>
/// Runs every case of ../shared/specs/mongodb/bson-binary-vector (SOURCES.md, "bson-binary-vector"): valid
/// cases must encode {test_key: vector} to canonical_bson and decode back to the same elements; invalid cases
/// must be rejected when building the vector from its numbers and, where bytes are given, when decoding them.
/// </summary>
public sealed class BinaryVectorConformanceTests(ITestOutputHelper output)
{
    private const string Folder = "specs/mongodb/bson-binary-vector";

    [SharedDataFact(Folder)]
    public void Every_binary_vector_case_behaves_as_the_spec_says()
    {
        var report = new SuiteReport("bson-binary-vector");
        foreach (var file in Directory.GetFiles(RepositoryLayout.Shared(Folder), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var testKey = json.RootElement.GetProperty("test_key").GetString()!;
            var passedBefore = report.Passed;
            var total = 0;
            foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
            {
                total++;
                var name = $"{Path.GetFileName(file)}: {test.GetProperty("description").GetString()}";
                var why = test.GetProperty("valid").GetBoolean() ? CheckValid(test, testKey) : CheckInvalid(test, testKey);
                if (why is null)
                {
                    report.Pass();
                }
                else
                {
                    report.Fail(name, why);
                }
            }

            report.Detail($"{Path.GetFileName(file)}: {report.Passed - passedBefore}/{total}");
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }

    private static string? CheckValid(JsonElement test, string testKey)
    {
        var dataType = DataType(test);
        var vector = BsonVector.Create(dataType, Numbers(test.GetProperty("vector")), test.GetProperty("padding").GetInt32());
        var expected = Convert.FromHexString(test.GetProperty("canonical_bson").GetString()!);
        var encoded = BsonCodec.Encode([new(testKey, vector.ToBinary())]);
        if (!encoded.AsSpan().SequenceEqual(expected))
        {
            return $"encoded {Convert.ToHexString(encoded)}";
        }

        var decoded = BsonVector.FromBinary((BsonBinary)BsonCodec.Decode(expected)[testKey]);
        return decoded.DataType == dataType && decoded.ToBinary().Equals(vector.ToBinary()) ? null : "decoded vector differs";
    }

    private static string? CheckInvalid(JsonElement test, string testKey)
    {
        var built = Rejects(() =>
        {
            var padding = test.TryGetProperty("padding", out var p) ? p.GetInt32() : 0;
            var numbers = test.TryGetProperty("vector", out var v) ? Numbers(v) : [];
            BsonVector.Create(DataType(test), numbers, padding);
        });
        if (!built && test.TryGetProperty("vector", out _))
        {
            return "building the vector from its numbers was accepted";
        }

        if (test.TryGetProperty("canonical_bson", out var bson))
        {
            var document = BsonCodec.Decode(Convert.FromHexString(bson.GetString()!));
            if (!Rejects(() => BsonVector.FromBinary((BsonBinary)document[testKey])))
            {
                return "decoding the bytes as a vector was accepted";
            }
        }

        return null;
    }

    private static bool Rejects(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (BsonException)
        {
            return true;
        }
    }

    private static BsonVectorDataType DataType(JsonElement test) =>
        (BsonVectorDataType)byte.Parse(test.GetProperty("dtype_hex").GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double[] Numbers(JsonElement array) =>
        array.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Object
                ? double.Parse(e.GetProperty("$numberDouble").GetString()!, CultureInfo.InvariantCulture)
                : e.GetDouble())
            .ToArray();
}
