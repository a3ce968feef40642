namespace Serverless.Bson.Tests.Properties;

/// <summary>Damages Extended JSON text: structural characters, wrapper keys, extreme numbers, bad escapes, cuts.</summary>
internal static class JsonMutator
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "\ud800", "\udfff", "\u00e9", "\U0001F600",
        "\"$numberInt\"", "\"$numberLong\"", "\"$numberDouble\"", "\"$numberDecimal\"", "\"$date\"", "\"$binary\"", "\"$oid\"",
        "\"$timestamp\"", "\"$regularExpression\"", "\"$dbPointer\"", "\"$code\"", "\"$scope\"", "\"$symbol\"", "\"$uuid\"",
        "\"$minKey\"", "\"$maxKey\"", "\"$undefined\"", "\"$regex\"", "\"$options\"", "\"$type\"", "\"$ref\"", "\"$id\"",
        "{\"$numberLong\":\"", "{\"$date\":", "{\"$binary\":{\"base64\":\"", "\"subType\":\"", "\"t\":", "\"i\":",
        "1e400", "-1e-400", "-0", "99999999999999999999999999", "-9223372036854775809", "4294967296", "0x10", "NaN", "-Infinity",
        "null", "true", "false", "1.", ".5", "01", "\"1970-01-01T00:00:00Z\"", "\"9999-99-99T99:99:99Z\"", "\"AAAA\"", "\"===\"",
        "\"ff\"", "\"100\"", "\"-1\"", " ", "\n", "\t", "/*", "\u0001",
    ];

    public static (string Text, string Description) Mutate(string json, Random random)
    {
        var text = json;
        var steps = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    var token = Tokens[random.Next(Tokens.Length)];
                    text = text.Insert(at, token);
                    steps.Add($"inserted {token} at {at}");
                    break;
                case 1 when at < text.Length:
                    var removed = Math.Min(random.Next(1, 6), text.Length - at);
                    text = text.Remove(at, removed);
                    steps.Add($"deleted {removed} at {at}");
                    break;
                case 2 when at < text.Length:
                    var replacement = Tokens[random.Next(Tokens.Length)];
                    text = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + 1));
                    steps.Add($"replaced char {at} by {replacement}");
                    break;
                case 3:
                    text = text[..at];
                    steps.Add($"truncated to {at}");
                    break;
                case 4 when at < text.Length:
                    var length = Math.Min(random.Next(1, 40), text.Length - at);
                    var to = random.Next(text.Length + 1);
                    text = text.Insert(to, text.Substring(at, length));
                    steps.Add($"copied {length} from {at} to {to}");
                    break;
                case 5 when at < text.Length && char.IsAsciiDigit(text[at]):
                    var digits = new string('9', random.Next(1, 30));
                    text = text.Insert(at, digits);
                    steps.Add($"lengthened a number at {at}");
                    break;
                default:
                    if (at < text.Length)
                    {
                        var c = (char)(text[at] ^ (1 << random.Next(7)));
                        text = string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1));
                        steps.Add($"flipped a bit of char {at}");
                    }

                    break;
            }
        }

        return (text, string.Join("; ", steps));
    }
}
