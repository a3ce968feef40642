// The BSON scalars the MFlix schema uses, serialized as RESTHeart writes them (reference §12.1): ObjectId as
// {"$oid": hex}, DateTime as {"$date": epoch millis}, BsonDocument as relaxed Extended JSON with that date rule.
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { Decimal128, Double, Int32, Long, ObjectId } from 'mongodb';

// JS Dates hold ±8.64e15 ms (ECMA-262 §21.4.1.1) while BSON dates are int64 millis. The schema's defaults are
// "-9223372036854775808" and "9223372036854775807" (int64 min/max), which a Date cannot hold, and the driver writes
// an invalid Date as 0, which would silently drop every comment before 1970. Clamping to the Date range keeps the
// bound's meaning (a $gte/$lt on dates that no stored date lies beyond) and its BSON type (a date, which matters
// for MongoDB's type bracketing).
const MAX_DATE_MS = 8.64e15;

function dateFromMillis(millis) {
  const clamped = millis < -MAX_DATE_MS ? -MAX_DATE_MS : millis > MAX_DATE_MS ? MAX_DATE_MS : Number(millis);
  return new Date(clamped);
}

// Reference §12.2: an ISO-8601 string with an offset, else a string of integer epoch millis.
function parseDateString(text) {
  if (/^-?\d+$/.test(text)) return dateFromMillis(BigInt(text));
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError('Input string is not a valid date.');
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date) return { $date: value.getTime() };
    throw new GraphQLError(`DateTime cannot represent a non-date value: ${String(value)}`);
  },
  // Variables: strings as literals, and JSON numbers as epoch millis (the §12.3 quirk fixed, as ours does).
  parseValue(value) {
    if (typeof value === 'string') return parseDateString(value);
    if (typeof value === 'number' && Number.isInteger(value)) return dateFromMillis(value);
    throw new GraphQLError(`Expected a DateTime string but got ${typeof value}.`);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Expected input type 'StringValue' but was '${ast.kind}'.`);
    return parseDateString(ast.value);
  },
});

function parseObjectId(text) {
  if (typeof text === 'string' && /^[0-9a-fA-F]{24}$/.test(text)) return ObjectId.createFromHexString(text);
  throw new GraphQLError('Input string is not a valid ObjectId');
}

export const ObjectIdScalar = new GraphQLScalarType({
  name: 'ObjectId',
  serialize(value) {
    if (value instanceof ObjectId) return { $oid: value.toHexString() };
    throw new GraphQLError(`ObjectId cannot represent a non-ObjectId value: ${String(value)}`);
  },
  parseValue: parseObjectId,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Expected input type 'StringValue' but was '${ast.kind}'.`);
    return parseObjectId(ast.value);
  },
});

// A driver-decoded document as RESTHeart prints it: relaxed Extended JSON, dates as millis.
function toRestheartJson(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return { $date: value.getTime() };
  if (value instanceof ObjectId) return { $oid: value.toHexString() };
  if (value instanceof Decimal128) return { $numberDecimal: value.toString() };
  if (value instanceof Long) return value.toNumber();
  if (value instanceof Int32 || value instanceof Double) return value.valueOf();
  if (Array.isArray(value)) return value.map(toRestheartJson);
  const result = {};
  for (const [key, item] of Object.entries(value)) result[key] = toRestheartJson(item);
  return result;
}

// Reference §6.2 [REC], as ours: operator keys in document arguments would let a client inject query operators.
function rejectOperatorKeys(value, path) {
  if (value === null || typeof value !== 'object') return value;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$')) throw new GraphQLError(`BsonDocument keys cannot start with '$': ${path}${key}`);
    rejectOperatorKeys(item, `${path}${key}.`);
  }
  return value;
}

export const BsonDocument = new GraphQLScalarType({
  name: 'BsonDocument',
  serialize(value) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return toRestheartJson(value);
    throw new GraphQLError(`BsonDocument cannot represent a non-document value: ${String(value)}`);
  },
  parseValue(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new GraphQLError('Expected a JSON object.');
    return rejectOperatorKeys(value, '');
  },
  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError(`Expected input type 'ObjectValue' but was '${ast.kind}'.`);
    return rejectOperatorKeys(valueFromASTUntyped(ast, variables), '');
  },
});
