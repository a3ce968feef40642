using System.Text;

namespace Serverless.Mongo;

/// <summary>RFC 5802 section 5.1 "saslname": ',' and '=' in a username are sent as "=2C" and "=3D".</summary>
internal static class SaslName
{
    public static string Escape(string username) => username.Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal);

    /// <exception cref="MongoAuthenticationException">An '=' not followed by "2C" or "3D".</exception>
    public static string Unescape(string saslName)
    {
        var builder = new StringBuilder(saslName.Length);
        for (var i = 0; i < saslName.Length; i++)
        {
            if (saslName[i] != '=')
            {
                builder.Append(saslName[i]);
                continue;
            }

            var escape = saslName.AsSpan(i + 1, Math.Min(2, saslName.Length - i - 1));
            builder.Append(escape switch
            {
                "2C" => ',',
                "3D" => '=',
                _ => throw new MongoAuthenticationException($"Invalid SCRAM username: '=' at offset {i} must be followed by 2C or 3D (RFC 5802 section 5.1)."),
            });
            i += 2;
        }

        return builder.ToString();
    }
}
