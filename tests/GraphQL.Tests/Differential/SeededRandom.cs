namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// A small xorshift64* generator, so the generated corpus is the same on every machine and .NET version (System.Random's
/// seeded sequence is an implementation detail).
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    /// <summary>An integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)(((_state * 0x2545F4914F6CDD1DUL) >> 33) % (ulong)maxExclusive);
    }

    /// <summary>True with the given percentage.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
