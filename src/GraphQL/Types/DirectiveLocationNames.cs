using System.Collections.Frozen;

namespace Serverless.GraphQL.Types;

/// <summary>The spec spelling of directive locations (§3.13: <c>FIELD_DEFINITION</c>, …) in both directions.</summary>
public static class DirectiveLocationNames
{
    private static readonly FrozenDictionary<DirectiveLocation, string> Names = Enum.GetValues<DirectiveLocation>()
        .ToFrozenDictionary(location => location, ToSpecName);

    private static readonly FrozenDictionary<string, DirectiveLocation> Locations = Names
        .ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The spec name, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    public static string GetName(DirectiveLocation location) => Names[location];

    public static bool TryParse(string name, out DirectiveLocation location) => Locations.TryGetValue(name, out location);

    private static string ToSpecName(DirectiveLocation location)
    {
        var pascal = location.ToString();
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
