using System.Globalization;
using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A collation (manual "Collation"): locale-aware string comparison for queries, sorts and distinct. Strings
/// are compared through their ICU sort keys, as the server's collation-aware indexes do: <see cref="Key"/>
/// replaces every string in a value by a string whose binary order is the collation's order, so the rest of
/// the engine keeps comparing binary. Supported: locale, strength (1 ignores case and accents, 2 case; 4 and
/// 5 compare as 3), numericOrdering; the other options must keep their defaults. <c>locale: "simple"</c>
/// means no collation. Keys are computed per comparison, which only collated operations pay for.
/// </summary>
public sealed class Collation
{
    private static readonly HashSet<string> DefaultOnlyOptions = new(StringComparer.Ordinal)
    {
        "caseLevel", "caseFirst", "alternate", "maxVariable", "normalization", "backwards",
    };

    private readonly CompareInfo _compareInfo;
    private readonly CompareOptions _options;

    private Collation(CompareInfo compareInfo, CompareOptions options)
    {
        _compareInfo = compareInfo;
        _options = options;
    }

    /// <summary>The collation a command's <c>collation</c> document asks for, or null for the simple (binary) one.</summary>
    /// <exception cref="QueryException">Malformed, an unknown locale, or an option this server does not support.</exception>
    public static Collation? Parse(BsonDocument? specification)
    {
        if (specification is null)
        {
            return null;
        }

        if (specification.GetValueOrDefault("locale") is not BsonString { Value: var locale })
        {
            throw QueryErrors.FailedToParse("Missing expected field \"locale\"");
        }

        var options = CompareOptions.None;
        foreach (var (name, value) in specification)
        {
            switch (name)
            {
                case "locale":
                    break;
                case "strength" when NumericValues.TryGetExactInt64(value, out var strength) && strength is >= 1 and <= 5:
                    // ICU strengths: 1 primary (base letters), 2 secondary (+ accents), 3+ tertiary (+ case).
                    options |= strength switch
                    {
                        1 => CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth,
                        2 => CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth,
                        _ => CompareOptions.None,
                    };
                    break;
                case "numericOrdering" when value is BsonBoolean numeric:
                    options |= numeric.Value ? CompareOptions.NumericOrdering : CompareOptions.None;
                    break;
                case "caseLevel" or "backwards" or "normalization" when value is BsonBoolean { Value: false }:
                case "caseFirst" when value is BsonString { Value: "off" }:
                case "alternate" when value is BsonString { Value: "non-ignorable" }:
                case "maxVariable" when value is BsonString { Value: "punct" }:
                    break;
                case var option when DefaultOnlyOptions.Contains(option):
                    throw QueryErrors.NotImplemented($"collation option {option}: {value} is not supported by the embedded server");
                default:
                    throw QueryErrors.FailedToParse($"unknown or invalid collation field {name}: {value}");
            }
        }

        if (locale == "simple")
        {
            return null;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(locale.Replace('_', '-'), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw QueryErrors.BadValue($"Field 'locale' is invalid in: {specification}");
        }

        return new Collation(culture.CompareInfo, options);
    }

    /// <summary>
    /// The value with every string (also inside documents and arrays) replaced by its collation key; field
    /// names and other types are unchanged, so equal keys mean equal under the collation.
    /// </summary>
    public BsonValue Key(BsonValue value) => value switch
    {
        BsonString text => new BsonString(SortKeyText(text.Value)),
        BsonDocument document => Key(document),
        BsonArray array => new BsonArray(array.Select(Key)),
        _ => value,
    };

    public BsonDocument Key(BsonDocument document) => new(document.Select(e => new BsonElement(e.Name, Key(e.Value))));

    // Sort key bytes become code points 1..256: UTF-8 orders code points as their numbers, so the string's
    // binary order is the bytes' order, and no NUL appears.
    private string SortKeyText(string text)
    {
        var bytes = _compareInfo.GetSortKey(text, _options).KeyData;
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append((char)(b + 1));
        }

        return builder.ToString();
    }
}
