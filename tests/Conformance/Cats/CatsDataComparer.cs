using System.Text.Json.Nodes;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// cats <c>data</c>: the result's data must equal the expectation (maps compared order-insensitively, lists in order).
/// </summary>
public static class CatsDataComparer
{
    private const string InterfacesOutdated =
        "expectation outdated: __Type.interfaces of an INTERFACE is a list since interfaces may implement interfaces (spec October 2021)";

    private const string OrderOutdated =
        "expectation outdated: possibleTypes expected in alphabetical order (2018 graphql-js/Sangria), ours in schema definition order as graphql-js 17.1 (spec §4.2.1 fixes no order)";

    public static CatsVerdict Judge(JsonNode? expected, CatsOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.HasData)
        {
            return CatsVerdict.Fail($"expected data, the request was refused: {string.Join(", ", outcome.Errors)}");
        }

        if (JsonNode.DeepEquals(outcome.Data, expected))
        {
            return CatsVerdict.Pass;
        }

        // cats lists possible types alphabetically (2018 graphql-js/Sangria); graphql-js 17.1 and ours list them in
        // schema definition order, and spec §4.2.1 fixes no order, so they are compared as a set here.
        // cats also predates interfaces implementing interfaces (spec October 2021, §4.2.1 __Type): for an INTERFACE,
        // `interfaces` is now a list, where cats (2018) expects null.
        var ours = outcome.Data?.DeepClone();
        SortPossibleTypes(ours);
        var withListedInterfaces = expected?.DeepClone();
        ListInterfacesOfInterfaces(withListedInterfaces);
        var sorted = expected?.DeepClone();
        SortPossibleTypes(sorted);
        var both = withListedInterfaces?.DeepClone();
        SortPossibleTypes(both);
        return (JsonNode.DeepEquals(outcome.Data, withListedInterfaces), JsonNode.DeepEquals(ours, sorted), JsonNode.DeepEquals(ours, both)) switch
        {
            (true, _, _) => CatsVerdict.Skip(InterfacesOutdated),
            (_, true, _) => CatsVerdict.Skip(OrderOutdated),
            (_, _, true) => CatsVerdict.Skip($"{InterfacesOutdated}; {OrderOutdated}"),
            _ => CatsVerdict.Fail($"data differs: ours {outcome.Data?.ToJsonString() ?? "null"} vs expected {expected?.ToJsonString() ?? "null"}"),
        };
    }
    private static void SortPossibleTypes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                if (map["possibleTypes"] is JsonArray types)
                {
                    map["possibleTypes"] = new JsonArray([.. types.Select(t => t?.DeepClone()).OrderBy(t => t?.ToJsonString(), StringComparer.Ordinal)]);
                }

                foreach (var (_, value) in map.ToList())
                {
                    SortPossibleTypes(value);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    SortPossibleTypes(item);
                }

                break;
        }
    }

    private static void ListInterfacesOfInterfaces(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                if (map["kind"]?.GetValue<string>() == "INTERFACE" && map.ContainsKey("interfaces") && map["interfaces"] is null)
                {
                    map["interfaces"] = new JsonArray();
                }

                foreach (var (_, value) in map.ToList())
                {
                    ListInterfacesOfInterfaces(value);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    ListInterfacesOfInterfaces(item);
                }

                break;
        }
    }
}
