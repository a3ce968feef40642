namespace Serverless.Bson;

/// <summary>
/// String and Symbol share a bracket and compare by their UTF-8 bytes, shorter first on a common prefix
/// (server <c>compareElementStringValues</c>: memcmp of the common length, then length). Embedded NULs are
/// ordinary bytes here.
/// </summary>
internal sealed class StringOrder : ValueOrder
{
    private StringOrder()
    {
    }

    public static StringOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => CodePointOrder.Compare(TextOf(x), TextOf(y));

    public override int GetHashCode(BsonValue value) => StringComparer.Ordinal.GetHashCode(TextOf(value));

    private static string TextOf(BsonValue value) => value is BsonString s ? s.Value : ((BsonSymbol)value).Name;
}

/// <summary>JavaScript code compares like a string (server: <c>case Code: compareElementStringValues</c>).</summary>
internal sealed class JavaScriptOrder : ValueOrder
{
    private JavaScriptOrder()
    {
    }

    public static JavaScriptOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) =>
        CodePointOrder.Compare(((BsonJavaScript)x).Code, ((BsonJavaScript)y).Code);

    public override int GetHashCode(BsonValue value) => StringComparer.Ordinal.GetHashCode(((BsonJavaScript)value).Code);
}

/// <summary>
/// Pattern, then options, each as a C string (server: two <c>strcmp</c>s). Options are compared in the sorted
/// form BSON stores them in (bsonspec.org: "options … stored in alphabetical order"), so "mi" equals "im" here,
/// as it does under <see cref="BsonRegularExpression.Equals(BsonValue)"/>.
/// </summary>
internal sealed class RegularExpressionOrder : ValueOrder
{
    private RegularExpressionOrder()
    {
    }

    public static RegularExpressionOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y)
    {
        var a = (BsonRegularExpression)x;
        var b = (BsonRegularExpression)y;
        var byPattern = CodePointOrder.Compare(a.Pattern, b.Pattern);
        return byPattern != 0 ? byPattern : CodePointOrder.Compare(a.SortedOptions, b.SortedOptions);
    }

    public override int GetHashCode(BsonValue value)
    {
        var r = (BsonRegularExpression)value;
        return HashCode.Combine(StringComparer.Ordinal.GetHashCode(r.Pattern), StringComparer.Ordinal.GetHashCode(r.SortedOptions));
    }
}

/// <summary>
/// The server compares DBPointer values by their encoded size, then memcmp of the encoding (int32 length,
/// namespace bytes, NUL, 12 ObjectId bytes). Equal sizes mean equal length prefixes, so that is: namespace
/// UTF-8 length, then namespace bytes, then the ObjectId.
/// </summary>
internal sealed class DbPointerOrder : ValueOrder
{
    private DbPointerOrder()
    {
    }

    public static DbPointerOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y)
    {
        var a = (BsonDbPointer)x;
        var b = (BsonDbPointer)y;
        var result = CodePointOrder.Utf8Length(a.Namespace).CompareTo(CodePointOrder.Utf8Length(b.Namespace));
        if (result == 0)
        {
            result = CodePointOrder.Compare(a.Namespace, b.Namespace);
        }

        return result != 0 ? result : a.Id.CompareTo(b.Id);
    }

    public override int GetHashCode(BsonValue value)
    {
        var p = (BsonDbPointer)value;
        return HashCode.Combine(StringComparer.Ordinal.GetHashCode(p.Namespace), p.Id);
    }
}
