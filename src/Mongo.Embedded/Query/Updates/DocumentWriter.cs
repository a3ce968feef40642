using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Rebuilds an immutable document with the value at one concrete path changed. Missing documents along the
/// path are created (manual "$set": "If the field does not exist, $set will add a new field"), array
/// positions past the end are padded with nulls, and a path through a scalar is an error (PathNotViable) —
/// but only when the change writes something: removing from a path that is not there does nothing.
/// </summary>
internal static class DocumentWriter
{
    public static BsonDocument Apply(BsonDocument document, ConcreteChange change) =>
        (BsonDocument)(Write(document, change, 0, parentName: null) ?? document);

    /// <returns>The rebuilt container, or null when nothing changed.</returns>
    private static BsonValue? Write(BsonValue container, ConcreteChange change, int index, string? parentName)
    {
        var segment = change.Path[index];
        var last = index == change.Path.Length - 1;
        return container switch
        {
            BsonDocument document => WriteInDocument(document, segment, last, change, index),
            BsonArray array => WriteInArray(array, segment, last, change, index, parentName),
            _ => throw new InvalidOperationException("Only documents and arrays contain fields."),
        };
    }

    private static BsonDocument? WriteInDocument(BsonDocument document, string segment, bool last, ConcreteChange change, int index)
    {
        var existing = document.GetValueOrDefault(segment);
        var replacement = last ? change.Transform(existing) : Descend(existing, segment, change, index);
        if (replacement is null)
        {
            return last && existing is not null ? document.Without(segment) : null;
        }

        return document.With(segment, replacement);
    }

    private static BsonArray? WriteInArray(BsonArray array, string segment, bool last, ConcreteChange change, int index, string? parentName)
    {
        if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            // Only an index can address an array element; a field name there would have to create a field.
            return change.Transform(null) is null && last ? null : throw CannotCreate(segment, parentName, array);
        }

        var existing = position < array.Count ? array[position] : null;
        var replacement = last ? change.Transform(existing) : Descend(existing, segment, change, index);
        if (replacement is null)
        {
            // $unset of an array element leaves a null in its place (manual "$unset": "Array elements").
            return last && existing is not null ? With(array, position, BsonNull.Value) : null;
        }

        return With(array, position, replacement);
    }

    private static BsonValue? Descend(BsonValue? existing, string segment, ConcreteChange change, int index) =>
        existing switch
        {
            null => Write(BsonDocument.Empty, change, index + 1, segment),
            BsonDocument or BsonArray => Write(existing, change, index + 1, segment),
            _ when !WritesSomething(change) => null,
            _ => throw CannotCreate(change.Path[index + 1], segment, existing),
        };

    private static bool WritesSomething(ConcreteChange change) => change.Transform(null) is not null;

    private static QueryException CannotCreate(string field, string? parentName, BsonValue parent) =>
        QueryErrors.PathNotViable($"Cannot create field '{field}' in element {{{parentName}: {parent}}}");

    private static BsonArray With(BsonArray array, int position, BsonValue value)
    {
        var items = new List<BsonValue>(Math.Max(array.Count, position + 1));
        items.AddRange(array);
        while (items.Count <= position)
        {
            items.Add(BsonNull.Value);
        }

        items[position] = value;
        return new BsonArray(items);
    }
}
