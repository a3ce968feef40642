using System.Text;

namespace Serverless.Bson.Tests.Properties;

/// <summary>
/// 20,000 mutations of valid Extended JSON, as text and as raw UTF-8 (where bit flips also make invalid UTF-8):
/// the reader must return a value or raise <see cref="BsonException"/>, nothing else; and what it accepts must
/// be writable again.
/// </summary>
public sealed class ExtendedJsonRobustnessTests
{
    private const int BaseDocuments = 200;
    private const int MutationsPerDocument = 100; // 20,000 in all
    private const int FirstSeed = 4_000_000;
    private const int MaxReportedFailures = 5;

    [Fact]
    public void Mutated_extended_json_parses_or_throws_BsonException()
    {
        var failures = new List<string>();
        var accepted = 0;
        for (var b = 0; b < BaseDocuments && failures.Count < MaxReportedFailures; b++)
        {
            var seed = FirstSeed + b;
            var document = new RandomBson(seed, bitExact: true).Document();
            var random = new Random(seed);
            var mode = b % 2 == 0 ? ExtendedJsonMode.Canonical : ExtendedJsonMode.Relaxed;
            var json = ExtendedJson.Serialize(document, mode);
            for (var m = 0; m < MutationsPerDocument && failures.Count < MaxReportedFailures; m++)
            {
                string? problem;
                string input;
                string description;
                if (m % 4 == 3)
                {
                    var (bytes, what) = BsonMutator.MutateBytes(Encoding.UTF8.GetBytes(json), random);
                    (input, description) = (Convert.ToHexString(bytes), "UTF-8 bytes: " + what);
                    problem = Check(() => ExtendedJson.ParseDocument(bytes), ref accepted);
                }
                else
                {
                    (input, description) = JsonMutator.Mutate(json, random);
                    var text = input;
                    problem = Check(() => m % 2 == 0 ? ExtendedJson.ParseDocument(text) : ExtendedJson.Parse(text), ref accepted);
                }

                if (problem is not null)
                {
                    failures.Add($"seed {seed}, mutation {m} ({description}): {problem}\ninput {input}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
        accepted.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    [InlineData("{\"$code\":\"x\",\"$scope\":", "}")]
    public void Nesting_far_beyond_the_limit_is_a_BsonException_not_a_stack_overflow(string open, string close)
    {
        var json = "{\"x\":" + string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000)) + "}";

        Should.Throw<BsonException>(() => ExtendedJson.ParseDocument(json));
    }

    private static string? Check(Func<BsonValue> parse, ref int accepted)
    {
        BsonValue value;
        try
        {
            value = parse();
        }
        catch (BsonException)
        {
            return null;
        }
#pragma warning disable CA1031 // The point is to catch what should not escape and report it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().FullName} escaped: {e.Message}\n{e.StackTrace}";
        }

        accepted++;
        try
        {
            ExtendedJson.Serialize(value, ExtendedJsonMode.Canonical);
            if (value is BsonDocument document)
            {
                BsonCodec.Encode(document);
            }

            return null;
        }
        catch (BsonException)
        {
            return null; // e.g. a NUL in a field name: legal JSON, not encodable as BSON, and said so properly
        }
#pragma warning disable CA1031
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"accepted input fails to write back: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
        }
    }
}
