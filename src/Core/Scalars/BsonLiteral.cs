using System.Globalization;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>BSON → a GraphQL literal that parses back to it (used to print defaults, §4.2.4); null when the value has no literal form.</summary>
internal static class BsonLiteral
{
    public static ValueNode? From(BsonValue value)
    {
        switch (value)
        {
            case BsonNull: return new NullValueNode(default);
            case BsonString s: return new StringValueNode(default, s.Value, block: false);
            case BsonBoolean b: return new BooleanValueNode(default, b.Value);
            case BsonInt32 i: return new IntValueNode(default, i.Value.ToString(CultureInfo.InvariantCulture));
            case BsonInt64 l: return new IntValueNode(default, l.Value.ToString(CultureInfo.InvariantCulture));
            // Integral doubles would read back as integers, so only doubles with a fraction or exponent have a literal.
            case BsonDouble d: return ScalarType.Float.Coercion.ValueToLiteral(d.Value) as FloatValueNode;
            case BsonDocument document:
                var fields = new List<ObjectFieldNode>(document.Count);
                foreach (var element in document)
                {
                    if (From(element.Value) is not { } item)
                    {
                        return null;
                    }

                    fields.Add(new ObjectFieldNode(default, new NameNode(default, element.Name), item));
                }

                return new ObjectValueNode(default, fields);
            case BsonArray array:
                var items = new List<ValueNode>(array.Count);
                foreach (var element in array)
                {
                    if (From(element) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return new ListValueNode(default, items);
            default: return null;
        }
    }
}
