namespace Serverless.Bson;

/// <summary>The two Extended JSON v2 output formats (MongoDB "Extended JSON" spec, "Format").</summary>
public enum ExtendedJsonMode
{
    /// <summary>Type-preserving: every non-JSON-native value and every number is wrapped.</summary>
    Canonical,

    /// <summary>Readable: int32, int64, finite doubles and in-range dates are written as plain JSON where lossless enough.</summary>
    Relaxed,
}
