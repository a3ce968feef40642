using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The update's arrayFilters (manual "$[&lt;identifier&gt;]"): one filter per identifier, whose field names are
/// the identifier or start with "identifier.". An element is selected when the filter matches a document in
/// which the element is the value of the identifier field.
/// </summary>
internal sealed partial class ArrayFilterSet
{
    private readonly Dictionary<string, QueryFilter> _filters;

    private ArrayFilterSet(Dictionary<string, QueryFilter> filters) => _filters = filters;

    public static ArrayFilterSet Empty { get; } = new(new Dictionary<string, QueryFilter>(StringComparer.Ordinal));

    public IEnumerable<string> Identifiers => _filters.Keys;

    public static ArrayFilterSet Parse(BsonArray? arrayFilters)
    {
        if (arrayFilters is null)
        {
            return Empty;
        }

        var filters = new Dictionary<string, QueryFilter>(StringComparer.Ordinal);
        foreach (var item in arrayFilters)
        {
            if (item is not BsonDocument filter)
            {
                throw QueryErrors.TypeMismatch($"Each array filter must be an object, found: {item}");
            }

            var identifier = IdentifierOf(filter);
            if (!filters.TryAdd(identifier, QueryFilter.Parse(filter)))
            {
                throw QueryErrors.FailedToParse($"Found multiple array filters with the same top-level field name {identifier}");
            }
        }

        return new ArrayFilterSet(filters);
    }

    public bool Contains(string identifier) => _filters.ContainsKey(identifier);

    public bool Matches(string identifier, BsonValue element) =>
        _filters[identifier].Matches([new(identifier, element)]);

    private static string IdentifierOf(BsonDocument filter)
    {
        string? identifier = null;
        foreach (var name in FieldNames(filter))
        {
            var first = name.Split('.')[0];
            if (identifier is not null && identifier != first)
            {
                throw QueryErrors.FailedToParse(
                    $"Error parsing array filter :: caused by :: Expected a single top-level field name, found '{identifier}' and '{first}'");
            }

            identifier = first;
        }

        if (identifier is null)
        {
            throw QueryErrors.FailedToParse("Cannot use an expression without a top-level field name in arrayFilters");
        }

        return IdentifierPattern().IsMatch(identifier)
            ? identifier
            : throw QueryErrors.BadValue(
                $"Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '{identifier}'");
    }

    /// <summary>Field names of the filter, looking inside $and/$or/$nor clauses.</summary>
    private static IEnumerable<string> FieldNames(BsonDocument filter) =>
        filter.SelectMany(e => e.Name.StartsWith('$')
            ? e.Value is BsonArray clauses ? clauses.OfType<BsonDocument>().SelectMany(FieldNames) : []
            : [e.Name]);

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
