namespace Serverless.Bson;

/// <summary>
/// Documents compare element by element — type bracket, then field name (bytes), then value — and a document
/// that runs out first is smaller (manual "Comparison/Sort Order &gt; Objects"; server <c>BSONObj::woCompare</c>).
/// Duplicate names are just elements like any other.
/// </summary>
internal sealed class DocumentOrder : ValueOrder
{
    private DocumentOrder()
    {
    }

    public static DocumentOrder Instance { get; } = new();

    internal static int CompareDocuments(BsonDocument x, BsonDocument y)
    {
        var a = x.AsSpan();
        var b = y.AsSpan();
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            var result = BsonValueComparer.CompareTypes(a[i].Value.Type, b[i].Value.Type);
            if (result == 0)
            {
                result = CodePointOrder.Compare(a[i].Name, b[i].Name);
            }

            if (result == 0)
            {
                result = BsonValueComparer.Instance.Compare(a[i].Value, b[i].Value);
            }

            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    internal static int HashDocument(BsonDocument document)
    {
        var hash = new HashCode();
        foreach (var element in document.AsSpan())
        {
            hash.Add(element.Name, StringComparer.Ordinal);
            hash.Add(element.Value, BsonValueComparer.Instance);
        }

        return hash.ToHashCode();
    }

    public override int Compare(BsonValue x, BsonValue y) => CompareDocuments((BsonDocument)x, (BsonDocument)y);

    public override int GetHashCode(BsonValue value) => HashDocument((BsonDocument)value);
}

/// <summary>
/// Arrays compare element by element, a prefix first. This is the order of whole array values (the server
/// compares arrays as documents keyed "0", "1", …); the query-time rules where an array stands for its
/// smallest or largest element (manual "Comparison/Sort Order &gt; Arrays") belong to sort-key extraction.
/// </summary>
internal sealed class ArrayOrder : ValueOrder
{
    private ArrayOrder()
    {
    }

    public static ArrayOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y)
    {
        var a = ((BsonArray)x).AsSpan();
        var b = ((BsonArray)y).AsSpan();
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            var result = BsonValueComparer.Instance.Compare(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    public override int GetHashCode(BsonValue value)
    {
        var hash = new HashCode();
        foreach (var item in ((BsonArray)value).AsSpan())
        {
            hash.Add(item, BsonValueComparer.Instance);
        }

        return hash.ToHashCode();
    }
}

/// <summary>
/// Length first, then subtype, then the bytes (manual "Comparison/Sort Order &gt; BinData"; server: the
/// size, then memcmp starting at the subtype byte).
/// </summary>
internal sealed class BinaryOrder : ValueOrder
{
    private BinaryOrder()
    {
    }

    public static BinaryOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y)
    {
        var a = (BsonBinary)x;
        var b = (BsonBinary)y;
        var result = a.Data.Length.CompareTo(b.Data.Length);
        if (result == 0)
        {
            result = ((byte)a.Subtype).CompareTo((byte)b.Subtype);
        }

        return result != 0 ? result : a.Data.SequenceCompareTo(b.Data);
    }

    public override int GetHashCode(BsonValue value)
    {
        var binary = (BsonBinary)value;
        var hash = new HashCode();
        hash.Add(binary.Subtype);
        hash.AddBytes(binary.Data);
        return hash.ToHashCode();
    }
}

/// <summary>Code as a string, then the scope as a document (server: <c>case CodeWScope</c>).</summary>
internal sealed class JavaScriptWithScopeOrder : ValueOrder
{
    private JavaScriptWithScopeOrder()
    {
    }

    public static JavaScriptWithScopeOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y)
    {
        var a = (BsonJavaScriptWithScope)x;
        var b = (BsonJavaScriptWithScope)y;
        var byCode = CodePointOrder.Compare(a.Code, b.Code);
        return byCode != 0 ? byCode : DocumentOrder.CompareDocuments(a.Scope, b.Scope);
    }

    public override int GetHashCode(BsonValue value)
    {
        var code = (BsonJavaScriptWithScope)value;
        return HashCode.Combine(StringComparer.Ordinal.GetHashCode(code.Code), DocumentOrder.HashDocument(code.Scope));
    }
}
