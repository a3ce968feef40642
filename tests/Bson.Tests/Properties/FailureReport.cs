namespace Serverless.Bson.Tests.Properties;

/// <summary>Shrinks a failing document and describes it, so that a property failure names a small input.</summary>
internal static class FailureReport
{
    private const int MaxShrinkAttempts = 5000;

    /// <summary>Greedy shrinking: keep removing elements (at any depth) while the failure persists.</summary>
    public static BsonDocument Shrink(BsonDocument document, Func<BsonDocument, bool> fails)
    {
        var attempts = 0;
        var changed = true;
        while (changed && attempts < MaxShrinkAttempts)
        {
            changed = false;
            foreach (var candidate in Smaller(document))
            {
                if (++attempts > MaxShrinkAttempts)
                {
                    break;
                }

                if (Fails(fails, candidate))
                {
                    document = candidate;
                    changed = true;
                    break;
                }
            }
        }

        return document;
    }

    public static string Describe(BsonDocument document)
    {
        string hex;
        try
        {
            hex = Convert.ToHexString(BsonCodec.Encode(document));
        }
        catch (BsonException e)
        {
            hex = "(not encodable: " + e.Message + ")";
        }

        string json;
        try
        {
            json = ExtendedJson.Serialize(document, ExtendedJsonMode.Canonical);
        }
        catch (BsonException e)
        {
            json = "(not serialisable: " + e.Message + ")";
        }

        return $"BSON {hex}\nCanonical Extended JSON {json}";
    }

    private static bool Fails(Func<BsonDocument, bool> fails, BsonDocument candidate)
    {
        try
        {
            return fails(candidate);
        }
#pragma warning disable CA1031 // Shrinking explores inputs; an exception is just another way to fail.
        catch (Exception)
#pragma warning restore CA1031
        {
            return true;
        }
    }

    private static IEnumerable<BsonDocument> Smaller(BsonDocument document)
    {
        for (var i = 0; i < document.Count; i++)
        {
            yield return new BsonDocument(document.Where((_, j) => j != i));
        }

        for (var i = 0; i < document.Count; i++)
        {
            foreach (var value in Smaller(document[i].Value))
            {
                var elements = document.ToArray();
                elements[i] = new BsonElement(elements[i].Name, value);
                yield return new BsonDocument(elements);
            }
        }
    }

    private static IEnumerable<BsonValue> Smaller(BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                return Smaller(document);
            case BsonArray array:
                return Enumerable.Range(0, array.Count).Select(i => (BsonValue)new BsonArray(array.Where((_, j) => j != i)));
            case BsonJavaScriptWithScope code:
                return Smaller(code.Scope).Select(scope => (BsonValue)new BsonJavaScriptWithScope(code.Code, scope));
            default:
                return [];
        }
    }
}
