using System.Buffers.Binary;

namespace Serverless.Bson.Tests.Properties;

/// <summary>
/// Hostile and corrupt BSON: 100,000 mutations of valid documents. Decoding must succeed or raise
/// <see cref="BsonException"/> — never IndexOutOfRange, Argument, Overflow, OutOfMemory or stack overflow —
/// and must not allocate beyond a fixed multiple of the input: a length field claiming 2 GiB must not make the
/// decoder reserve 2 GiB before it checks the bytes are there.
/// </summary>
public sealed class DecoderRobustnessTests
{
    private const int BaseDocuments = 250;
    private const int MutationsPerDocument = 400; // 100,000 in all
    private const int FirstSeed = 3_000_000;
    private const int MaxReportedFailures = 5;

    // Decoded values cost more than their bytes (an int32 element is 7 bytes on the wire, ~40 on the heap), so
    // the budget is generous per byte; the constant covers exception objects, messages and stack traces.
    private const long BytesPerInputByte = 64;
    private const long ConstantBudget = 64 * 1024;

    [Fact]
    public void Mutated_documents_decode_or_throw_BsonException_within_an_allocation_budget()
    {
        // All 100,000 cases run; failures are grouped by kind (the first line of the problem and the decoder
        // frame it came from), so one frequent bug cannot hide a rarer one. The first example of each is shown.
        var failures = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        var accepted = 0;
        for (var b = 0; b < BaseDocuments; b++)
        {
            var seed = FirstSeed + b;
            var valid = BsonCodec.Encode(new RandomBson(seed, bitExact: true).Document());
            BsonCodec.Decode(valid); // warm up statics and pools so they are not charged to the first mutation
            var random = new Random(seed);
            for (var m = 0; m < MutationsPerDocument; m++)
            {
                var (bytes, description) = BsonMutator.Mutate(valid, random);
                var problem = Check(bytes, ref accepted);
                if (problem is not null)
                {
                    var kind = Kind(problem);
                    failures[kind] = failures.TryGetValue(kind, out var seen)
                        ? (seen.Count + 1, seen.Example)
                        : (1, $"seed {seed}, mutation {m} ({description}): {problem}\ninput {Convert.ToHexString(bytes)}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(MaxReportedFailures).Select(f => $"[{f.Value.Count} cases] {f.Value.Example}")));
        accepted.ShouldBeGreaterThan(0); // the mutations are not all trivially rejected
    }

    [Theory]
    [InlineData(0x03)] // documents
    [InlineData(0x04)] // arrays
    public void Nesting_far_beyond_the_limit_is_a_BsonException_not_a_stack_overflow(byte containerType)
    {
        var bytes = Nested(100_000, containerType);

        var error = Should.Throw<BsonException>(() => BsonCodec.Decode(bytes));

        error.Message.ShouldContain("nesting");
    }

    [Fact]
    public void Nesting_at_the_default_limit_decodes()
    {
        var document = BsonCodec.Decode(Nested(BsonDecoderOptions.Default.MaxDepth - 1, 0x03));

        document.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(0x02, int.MaxValue)] // string
    [InlineData(0x0D, int.MaxValue)] // JavaScript
    [InlineData(0x05, int.MaxValue)] // binary
    [InlineData(0x05, int.MaxValue - 4)]
    [InlineData(0x03, int.MaxValue)] // embedded document
    [InlineData(0x0F, int.MaxValue)] // code with scope
    [InlineData(0x02, -7)]
    [InlineData(0x05, -1)]
    public void Hostile_length_fields_are_rejected_without_allocating_them(byte type, int claimed)
    {
        // {"x": <type> with the claimed length and a few bytes of payload}
        var bytes = new byte[] { 0, 0, 0, 0, type, (byte)'x', 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 0 };
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(7), claimed);
        var accepted = 0;

        Check(bytes, ref accepted).ShouldBeNull();
        accepted.ShouldBe(0);
    }

    [Theory]
    [InlineData("0D000000057800FFFFFF7F0000")] // {"x": binary claiming int.MaxValue bytes}: 1 + length overflows
    [InlineData("130000000B72006100F09F9880F09F988100" + "00")] // {"r": /a/ with options "😀😁"}
    public void Minimal_inputs_found_by_the_fuzzer_behave(string hex)
    {
        var accepted = 0;

        Check(Convert.FromHexString(hex), ref accepted).ShouldBeNull();
    }

    private static string Kind(string problem)
    {
        var lines = problem.Split('\n');
        var frame = lines.FirstOrDefault(l => l.Contains("Serverless.Bson.", StringComparison.Ordinal) && !l.Contains(".Tests.", StringComparison.Ordinal)) ?? string.Empty;
        var headline = lines[0].StartsWith("allocated", StringComparison.Ordinal) ? "allocation over budget" : lines[0].Split(':')[0];
        return headline + " @ " + frame.Trim();
    }

    /// <summary>Null when the decoder behaved; otherwise what it did wrong.</summary>
    private static string? Check(byte[] bytes, ref int accepted)
    {
        var budget = (BytesPerInputByte * bytes.Length) + ConstantBudget;
        BsonDocument? decoded = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            decoded = BsonCodec.Decode(bytes);
        }
        catch (BsonException)
        {
        }
#pragma warning disable CA1031 // The point is to catch what should not escape and report it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().FullName} escaped: {e.Message}\n{e.StackTrace}";
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated > budget)
        {
            return $"allocated {allocated} bytes decoding {bytes.Length} (budget {budget})";
        }

        if (decoded is null)
        {
            return null;
        }

        accepted++;
        return ReencodeProblem(decoded);
    }

    /// <summary>Whatever the decoder accepts must encode, and that encoding must be a fixed point.</summary>
    private static string? ReencodeProblem(BsonDocument decoded)
    {
        try
        {
            var first = BsonCodec.Encode(decoded);
            var second = BsonCodec.Encode(BsonCodec.Decode(first));
            return first.AsSpan().SequenceEqual(second) ? null : "accepted input does not re-encode to a fixed point";
        }
#pragma warning disable CA1031 // Reported as a failure with its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"accepted input fails to re-encode: {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>{"a": {"a": … {} …}} (or arrays keyed "a"), <paramref name="levels"/> containers deep.</summary>
    private static byte[] Nested(int levels, byte containerType)
    {
        // Level i starts at 7i: int32 length, type, "a", NUL, then level i+1, then its own terminator.
        var total = 5 + (levels * 8);
        var bytes = new byte[total];
        for (var i = 0; i <= levels; i++)
        {
            var start = 7 * i;
            var length = 5 + ((levels - i) * 8);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(start), length);
            if (i < levels)
            {
                bytes[start + 4] = containerType;
                bytes[start + 5] = (byte)'a';
            }
        }

        return bytes;
    }
}
