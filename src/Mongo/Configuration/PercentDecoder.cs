using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// Percent-decoding of connection string parts (Connection String spec: user name, password, hosts, database
/// and option values are "URL decoded"). A '%' not followed by two hex digits is an error, never passed through:
/// the spec's invalid-uris tests reject "alice%foo" and "user%w".
/// </summary>
internal static class PercentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="text"/>; <paramref name="part"/> names it in the error message.</summary>
    /// <exception cref="MongoConfigurationException">A bad escape, or escapes that are not UTF-8.</exception>
    public static string Decode(string text, string part)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    throw new MongoConfigurationException($"The {part} has a '%' that is not followed by two hex digits; write a literal '%' as %25.");
                }

                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length
                ? Encoding.UTF8.GetBytes(text.AsSpan(i, 2), utf8)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), utf8);
            if (length == 4)
            {
                i++;
            }

            for (var b = 0; b < length; b++)
            {
                bytes.Add(utf8[b]);
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException e)
        {
            throw new MongoConfigurationException($"The {part} has percent-escapes that are not valid UTF-8.", e);
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
