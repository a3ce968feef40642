namespace Serverless.Conformance.Tests.Cats;

/// <summary>The judgement of one assertion or one case: pass, skip (with reason) or fail (with reason).</summary>
public sealed record CatsVerdict(CatsVerdictKind Kind, string Reason)
{
    public static CatsVerdict Pass { get; } = new(CatsVerdictKind.Pass, string.Empty);

    public static CatsVerdict Skip(string reason) => new(CatsVerdictKind.Skip, reason);

    public static CatsVerdict Fail(string reason) => new(CatsVerdictKind.Fail, reason);

    /// <summary>All assertions of a case must hold: the worst verdict wins and reasons of that kind are joined.</summary>
    public static CatsVerdict Combine(IEnumerable<CatsVerdict> verdicts)
    {
        var all = verdicts.ToList();
        var worst = all.Count == 0 ? CatsVerdictKind.Pass : all.Max(v => v.Kind);
        return worst == CatsVerdictKind.Pass
            ? Pass
            : new CatsVerdict(worst, string.Join("; ", all.Where(v => v.Kind == worst).Select(v => v.Reason).Distinct(StringComparer.Ordinal)));
    }
}
