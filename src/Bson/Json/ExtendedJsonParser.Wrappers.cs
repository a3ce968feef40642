using System.Text.Json;

namespace Serverless.Bson;

/// <summary>
/// Type wrapper objects (MongoDB "Extended JSON" spec, "Conversion table" and "Parsers"). A wrapper must hold
/// exactly its keys, in any order, with values of the right JSON type; anything else is a parse error, as the
/// corpus's parseErrors require. Two legacy forms are also read because they cannot be mistaken for query
/// operators: {"$binary": "&lt;base64&gt;", "$type": "&lt;hex&gt;"} and {"$regex": "&lt;string&gt;", "$options": "&lt;string&gt;"}.
/// </summary>
internal ref partial struct ExtendedJsonParser
{
    /// <summary>
    /// Keys that make an object a type wrapper. "$type", "$options" and "$scope" are missing on purpose: alone
    /// they are query operators or ordinary keys ({"$type": "string"} is a document, corpus binary.json); they
    /// only qualify a "$binary", "$regex" or "$code". DBRef keys ("$ref", "$id", "$db") are a convention, not
    /// a wrapper, so a DBRef is a plain document (spec, "Parsers", DBRef exception).
    /// </summary>
    private static bool IsWrapperKey(string name) =>
        name.Length > 3 && name[0] == '$' && name switch
        {
            "$oid" or "$symbol" or "$numberInt" or "$numberLong" or "$numberDouble" or "$numberDecimal" or "$binary"
                or "$uuid" or "$code" or "$timestamp" or "$regularExpression" or "$dbPointer" or "$date" or "$minKey"
                or "$maxKey" or "$undefined" or "$regex" => true,
            _ => false,
        };

    /// <summary>Reads the object whose StartObject is current, known to hold a wrapper key, as that wrapper.</summary>
    private BsonValue ReadWrapper()
    {
        var checkpoint = _reader;
        string? primary = null;
        BsonValue? result = null;
        string? text = null;
        var regexIsOperator = false;
        WrapperPart secondary = default;
        WrapperPart extra = default;
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var keyPosition = _reader.TokenStartIndex;
            var name = _reader.GetString()!;
            Read();
            switch (name)
            {
                case "$type" or "$options" or "$scope":
                    if (secondary.Name is not null)
                    {
                        throw new ExtendedJsonException(keyPosition, $"unexpected key '{name}' beside '{secondary.Name}'");
                    }

                    secondary = ReadSecondary(name, keyPosition);
                    break;
                case "$regex" or "$binary" or "$code":
                    SetPrimary(ref primary, name, keyPosition);
                    if (_reader.TokenType == JsonTokenType.String)
                    {
                        text = _reader.GetString();
                    }
                    else if (name == "$regex")
                    {
                        // Spec, Q&A on $regex: a "$regex" whose value is an object is the query operator, and
                        // the object holding it is an ordinary document (corpus regex.json).
                        regexIsOperator = true;
                        _reader.Skip();
                    }
                    else if (name == "$binary" && _reader.TokenType == JsonTokenType.StartObject)
                    {
                        result = ReadBinary();
                    }
                    else
                    {
                        throw Error($"{name} must be a string{(name == "$binary" ? " or an object" : string.Empty)}, found {Describe(_reader.TokenType)}");
                    }

                    break;
                default:
                    if (IsWrapperKey(name))
                    {
                        SetPrimary(ref primary, name, keyPosition);
                        result = ReadSingleKeyWrapper(name);
                    }
                    else
                    {
                        extra = extra.Name is null ? new WrapperPart(name, keyPosition) : extra;
                        _reader.Skip();
                    }

                    break;
            }
        }

        if (regexIsOperator || (primary == "$regex" && !IsLegacyRegex(extra, secondary)))
        {
            _reader = checkpoint;
            return ReadDocumentBody();
        }

        if (extra.Name is not null)
        {
            throw new ExtendedJsonException(extra.Position, $"unexpected key '{extra.Name}' in a {primary} type wrapper");
        }

        return primary switch
        {
            "$code" => FinishCode(text!, secondary),
            "$binary" => FinishBinary(text, result, secondary, checkpoint.TokenStartIndex),
            "$regex" => NewRegex(text!, secondary.Text ?? string.Empty, checkpoint.TokenStartIndex),
            _ => secondary.Name is null
                ? result!
                : throw new ExtendedJsonException(secondary.Position, $"unexpected key '{secondary.Name}' in a {primary} type wrapper"),
        };
    }

    /// <summary>
    /// The legacy regex is exactly {"$regex": string} or {"$regex": string, "$options": string}. "$regex" is not
    /// a v2 wrapper key, so the v2 rule that extra keys are errors does not bind it; anything else, such as
    /// {"$regex": "^a", "$ne": "abc"}, is a query filter and stays a document.
    /// </summary>
    private static bool IsLegacyRegex(WrapperPart extra, WrapperPart secondary) =>
        extra.Name is null && (secondary.Name is null || (secondary.Name == "$options" && secondary.Text is not null));

    private static void SetPrimary(ref string? primary, string name, long position)
    {
        if (primary is not null)
        {
            throw new ExtendedJsonException(position, primary == name
                ? $"duplicate key '{name}' in a type wrapper"
                : $"a type wrapper cannot hold both '{primary}' and '{name}'");
        }

        primary = name;
    }

    private static BsonValue FinishCode(string code, WrapperPart secondary) => secondary.Name switch
    {
        null => new BsonJavaScript(code),
        "$scope" => new BsonJavaScriptWithScope(code, secondary.Scope!),
        _ => throw new ExtendedJsonException(secondary.Position, $"unexpected key '{secondary.Name}' in a $code type wrapper"),
    };

    private static BsonValue FinishBinary(string? legacyBase64, BsonValue? binary, WrapperPart secondary, long objectPosition)
    {
        if (legacyBase64 is null)
        {
            // {"$binary": {"base64", "subType"}} is complete on its own; a "$type" beside it is an extra key.
            return secondary.Name is null
                ? binary!
                : throw new ExtendedJsonException(secondary.Position, $"unexpected key '{secondary.Name}' in a $binary type wrapper");
        }

        if (secondary.Name != "$type" || secondary.Text is null)
        {
            throw new ExtendedJsonException(
                secondary.Name is null ? objectPosition : secondary.Position,
                "the legacy {\"$binary\": <base64>} form needs a \"$type\" string beside it");
        }

        if (!ExtendedJsonText.TryParseSubtype(secondary.Text, out var subtype))
        {
            throw new ExtendedJsonException(secondary.Position, "$type must be a one- or two-digit hex string");
        }

        return DecodeBase64(legacyBase64, subtype, secondary.Position);
    }

    private static BsonRegularExpression NewRegex(string pattern, string options, long position)
    {
        // Both parts are cstrings in BSON (corpus top.json: "Null byte in $regularExpression pattern/options").
        if (pattern.Contains('\0', StringComparison.Ordinal) || options.Contains('\0', StringComparison.Ordinal))
        {
            throw new ExtendedJsonException(position, "a regular expression's pattern and options cannot contain NUL");
        }

        return new BsonRegularExpression(pattern, options);
    }

    private static BsonBinary DecodeBase64(string base64, BsonBinarySubtype subtype, long position)
    {
        var buffer = new byte[base64.Length / 4 * 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            throw new ExtendedJsonException(position, "base64 is not valid padded base64 text");
        }

        return BsonBinary.FromOwnedArray(written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray(), subtype);
    }

    /// <summary>A "$type", "$options" or "$scope" value; its use is decided once the whole object is read.</summary>
    private WrapperPart ReadSecondary(string name, long position)
    {
        if (name == "$scope")
        {
            if (_reader.TokenType != JsonTokenType.StartObject || ReadObject() is not BsonDocument scope)
            {
                throw Error("$scope must be a document");
            }

            return new WrapperPart(name, position) { Scope = scope };
        }

        if (_reader.TokenType == JsonTokenType.String)
        {
            return new WrapperPart(name, position) { Text = _reader.GetString() };
        }

        // A non-string "$type" or "$options" is only wrong if the wrapper turns out to need it; remember none.
        _reader.Skip();
        return new WrapperPart(name, position);
    }

    /// <summary>The wrappers whose one key fixes their value's type; the current token is that value.</summary>
    private BsonValue ReadSingleKeyWrapper(string name)
    {
        switch (name)
        {
            case "$oid":
                return ObjectId.TryParse(ReadString(name), out var id)
                    ? new BsonObjectId(id)
                    : throw Error("$oid must be 24 hexadecimal digits");
            case "$symbol":
                return new BsonSymbol(ReadString(name));
            case "$numberInt":
                return ExtendedJsonText.TryParseInt32(ReadString(name), out var int32)
                    ? BsonInt32.Create(int32)
                    : throw Error("$numberInt must be a decimal integer from -2147483648 to 2147483647");
            case "$numberLong":
                return ExtendedJsonText.TryParseInt64(ReadString(name), out var int64)
                    ? new BsonInt64(int64)
                    : throw Error("$numberLong must be a decimal integer in the 64-bit signed range");
            case "$numberDouble":
                return ExtendedJsonText.TryParseDouble(ReadString(name), out var number)
                    ? new BsonDouble(number)
                    : throw Error("$numberDouble must be a finite decimal number, \"Infinity\", \"-Infinity\" or \"NaN\"");
            case "$numberDecimal":
                return Decimal128.TryParse(ReadString(name), out var decimal128)
                    ? new BsonDecimal128(decimal128)
                    : throw Error("$numberDecimal is not a valid Decimal128 string");
            case "$uuid":
                return ExtendedJsonText.TryParseUuid(ReadString(name), out var uuid)
                    ? BsonBinary.FromOwnedArray(uuid, BsonBinarySubtype.Uuid)
                    : throw Error("$uuid must be a UUID in 8-4-4-4-12 hexadecimal form");
            case "$timestamp":
                return ReadTimestamp();
            case "$regularExpression":
                return ReadRegularExpression();
            case "$dbPointer":
                return ReadDbPointer();
            case "$date":
                return ReadDate();
            case "$minKey":
                return IsNumberOne() ? BsonMinKey.Value : throw Error("$minKey must be the number 1");
            case "$maxKey":
                return IsNumberOne() ? BsonMaxKey.Value : throw Error("$maxKey must be the number 1");
            default:
                return _reader.TokenType == JsonTokenType.True ? BsonUndefined.Value : throw Error("$undefined must be true");
        }
    }

    private string ReadString(string name) =>
        _reader.TokenType == JsonTokenType.String
            ? _reader.GetString()!
            : throw Error($"{name} must be a string, found {Describe(_reader.TokenType)}");

    private bool IsNumberOne() => _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value) && value == 1;

    /// <summary>Moves to the next key of a wrapper's inner object; false at its end. Rejects repeated keys.</summary>
    private bool NextInnerKey(string wrapper, ref int seen, scoped ReadOnlySpan<string> keys, out int key)
    {
        Read();
        key = -1;
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        var name = _reader.GetString()!;
        key = keys.IndexOf(name);
        if (key < 0 || (seen & (1 << key)) != 0)
        {
            throw Error(key < 0 ? $"unexpected key '{name}' in {wrapper}" : $"duplicate key '{name}' in {wrapper}");
        }

        seen |= 1 << key;
        Read();
        return true;
    }

    private void ExpectInnerObject(string wrapper)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error($"{wrapper} must be an object, found {Describe(_reader.TokenType)}");
        }
    }

    private readonly void ExpectAllKeys(string wrapper, int seen, scoped ReadOnlySpan<string> keys)
    {
        if (seen != (1 << keys.Length) - 1)
        {
            throw Error($"{wrapper} needs the keys {string.Join(", ", keys.ToArray())}");
        }
    }

    /// <summary>{"base64": string, "subType": one- or two-digit hex string}, in any order.</summary>
    private BsonBinary ReadBinary()
    {
        ReadOnlySpan<string> keys = ["base64", "subType"];
        string? base64 = null;
        var subtype = BsonBinarySubtype.Generic;
        var seen = 0;
        var position = _reader.TokenStartIndex;
        while (NextInnerKey("$binary", ref seen, keys, out var key))
        {
            var value = ReadString(keys[key]);
            if (key == 0)
            {
                base64 = value;
            }
            else if (!ExtendedJsonText.TryParseSubtype(value, out subtype))
            {
                throw Error("subType must be a one- or two-digit hex string");
            }
        }

        ExpectAllKeys("$binary", seen, keys);
        return DecodeBase64(base64!, subtype, position);
    }

    /// <summary>{"t": uint32, "i": uint32} as JSON integers (spec: <i>pos-integer</i>).</summary>
    private BsonTimestamp ReadTimestamp()
    {
        ExpectInnerObject("$timestamp");
        ReadOnlySpan<string> keys = ["t", "i"];
        var parts = (T: 0u, I: 0u);
        var seen = 0;
        while (NextInnerKey("$timestamp", ref seen, keys, out var key))
        {
            if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetUInt32(out var part))
            {
                throw Error($"$timestamp.{keys[key]} must be an integer from 0 to 4294967295");
            }

            parts = key == 0 ? (part, parts.I) : (parts.T, part);
        }

        ExpectAllKeys("$timestamp", seen, keys);
        return new BsonTimestamp(parts.T, parts.I);
    }

    /// <summary>{"pattern": string, "options": string}, in any order.</summary>
    private BsonRegularExpression ReadRegularExpression()
    {
        ExpectInnerObject("$regularExpression");
        ReadOnlySpan<string> keys = ["pattern", "options"];
        var position = _reader.TokenStartIndex;
        string? pattern = null;
        string? options = null;
        var seen = 0;
        while (NextInnerKey("$regularExpression", ref seen, keys, out var key))
        {
            var value = ReadString(keys[key]);
            (pattern, options) = key == 0 ? (value, options) : (pattern, value);
        }

        ExpectAllKeys("$regularExpression", seen, keys);
        return NewRegex(pattern!, options!, position);
    }

    /// <summary>{"$ref": namespace string, "$id": {"$oid": …}}, in any order.</summary>
    private BsonDbPointer ReadDbPointer()
    {
        ExpectInnerObject("$dbPointer");
        ReadOnlySpan<string> keys = ["$ref", "$id"];
        string? ns = null;
        var id = ObjectId.Empty;
        var seen = 0;
        while (NextInnerKey("$dbPointer", ref seen, keys, out var key))
        {
            if (key == 0)
            {
                ns = ReadString("$ref");
            }
            else if (_reader.TokenType == JsonTokenType.StartObject && ReadObject() is BsonObjectId oid)
            {
                id = oid.Value;
            }
            else
            {
                throw Error("$dbPointer.$id must be an ObjectId ({\"$oid\": …})");
            }
        }

        ExpectAllKeys("$dbPointer", seen, keys);
        return new BsonDbPointer(ns!, id);
    }

    /// <summary>
    /// Canonical {"$numberLong": string} or relaxed RFC 3339 string; a bare number only when the legacy option
    /// is on (corpus top.json: "Bad $date (number, not string or hash)").
    /// </summary>
    private BsonDateTime ReadDate()
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.String:
                return ExtendedJsonText.TryParseIsoDate(_reader.GetString()!, out var milliseconds)
                    ? new BsonDateTime(milliseconds)
                    : throw Error("$date string must be an RFC 3339 date-time such as 2012-12-24T12:15:30.501Z");
            case JsonTokenType.StartObject:
                return ReadObject() is BsonInt64 canonical
                    ? new BsonDateTime(canonical.Value)
                    : throw Error("a $date object must be {\"$numberLong\": <string>}");
            case JsonTokenType.Number when _options.AcceptLegacyDateNumbers:
                return ReadNumber() switch
                {
                    BsonInt32 small => new BsonDateTime(small.Value),
                    BsonInt64 large => new BsonDateTime(large.Value),
                    _ => throw Error("a legacy $date number must be an integer count of milliseconds"),
                };
            default:
                throw Error($"$date must be a string or {{\"$numberLong\": <string>}}, found {Describe(_reader.TokenType)}");
        }
    }

    /// <summary>A secondary key of a wrapper, as read: its name, where it was, and its value if usable.</summary>
    private readonly record struct WrapperPart(string? Name, long Position)
    {
        public string? Text { get; init; }

        public BsonDocument? Scope { get; init; }
    }
}
