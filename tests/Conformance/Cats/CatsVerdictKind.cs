namespace Serverless.Conformance.Tests.Cats;

/// <summary>Ordered by severity so that combining verdicts can take the maximum.</summary>
public enum CatsVerdictKind
{
    Pass,
    Skip,
    Fail,
}
