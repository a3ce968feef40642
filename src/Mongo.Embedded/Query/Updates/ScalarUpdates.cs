using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>$set: replaces (or creates) the field.</summary>
internal sealed class SetUpdate(UpdatePath path, BsonValue value) : FieldUpdate("$set", path)
{
    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) => value;
}

/// <summary>$setOnInsert: like $set, but only when the update inserts a document through an upsert.</summary>
internal sealed class SetOnInsertUpdate(UpdatePath path, BsonValue value) : FieldUpdate("$setOnInsert", path)
{
    public override IEnumerable<ConcreteChange> Plan(UpdateContext context) => context.IsUpsertInsert ? base.Plan(context) : [];

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) => value;
}

/// <summary>$unset: removes the field (an array element becomes null).</summary>
internal sealed class UnsetUpdate(UpdatePath path) : FieldUpdate("$unset", path)
{
    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) => null;
}

/// <summary>$inc and $mul (manual "$inc", "$mul"): numeric fields only; a missing field starts from the argument (or zero).</summary>
internal sealed class ArithmeticUpdate : FieldUpdate
{
    private readonly BsonValue _operand;
    private readonly bool _multiply;

    public ArithmeticUpdate(string operatorName, UpdatePath path, BsonValue operand)
        : base(operatorName, path)
    {
        _multiply = operatorName == "$mul";
        if (!operand.IsNumeric)
        {
            var verb = _multiply ? "multiply" : "increment";
            throw QueryErrors.TypeMismatch($"Cannot {verb} with non-numeric argument: {{{path.Text}: {operand}}}");
        }

        _operand = operand;
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        if (current is null)
        {
            return _multiply ? NumericMath.ZeroLike(_operand) : _operand;
        }

        if (!current.IsNumeric)
        {
            throw QueryErrors.TypeMismatch(
                $"Cannot apply {OperatorName} to a value of non-numeric type. {context.IdForMessages} has the field '{path[^1]}' of non-numeric type {TypeName(current)}");
        }

        // The server refuses a long overflow: "Failed to apply $inc operations to current value ((NumberLong)…)".
        BsonValue Overflow() => throw QueryErrors.BadValue(
            $"Failed to apply {OperatorName} operations to current value ((NumberLong){current}) for document {context.IdForMessages}");
        return _multiply ? NumericMath.Multiply(current, _operand, Overflow) : NumericMath.Add(current, _operand, Overflow);
    }
}

/// <summary>$min and $max: keep whichever of the current value and the argument is smaller (larger) in BSON order.</summary>
internal sealed class MinMaxUpdate(string operatorName, UpdatePath path, BsonValue value, int keepWhenSign) : FieldUpdate(operatorName, path)
{
    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) =>
        current is null || Math.Sign(BsonValueComparer.Instance.Compare(value, current)) == keepWhenSign ? value : current;
}

/// <summary>$currentDate: the update's time as a date or a timestamp (manual "$currentDate").</summary>
internal sealed class CurrentDateUpdate : FieldUpdate
{
    private readonly bool _timestamp;

    public CurrentDateUpdate(UpdatePath path, BsonValue argument)
        : base("$currentDate", path)
    {
        if (argument is BsonBoolean)
        {
            return;
        }

        var type = argument is BsonDocument { Count: 1 } spec && spec[0].Name == "$type" ? spec[0].Value : null;
        _timestamp = type is BsonString { Value: "timestamp" };
        if (type is not BsonString { Value: "timestamp" or "date" })
        {
            throw QueryErrors.BadValue(
                $"The '$type' string field is required to be 'date' or 'timestamp': {{$currentDate: {{field : {{$type: 'date'}}}}}} (found {argument})");
        }
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) =>
        _timestamp
            ? new BsonTimestamp((uint)context.Now.ToUnixTimeSeconds(), 1)
            : BsonDateTime.FromDateTimeOffset(context.Now);
}

/// <summary>$bit: bitwise and/or/xor on int and long fields (manual "$bit").</summary>
internal sealed class BitUpdate : FieldUpdate
{
    private static readonly Dictionary<string, Func<long, long, long>> Operations = new(StringComparer.Ordinal)
    {
        ["and"] = (a, b) => a & b,
        ["or"] = (a, b) => a | b,
        ["xor"] = (a, b) => a ^ b,
    };

    private readonly List<(Func<long, long, long> Operation, BsonValue Operand)> _steps = [];

    public BitUpdate(UpdatePath path, BsonValue argument)
        : base("$bit", path)
    {
        if (argument is not BsonDocument { Count: > 0 } spec)
        {
            throw QueryErrors.BadValue($"The $bit modifier is not compatible with a {TypeName(argument)}. You must pass in an embedded document: {{$bit: {{field: {{and/or/xor: #}}}}}}");
        }

        foreach (var (name, operand) in spec)
        {
            var operation = Operations.GetValueOrDefault(name) ?? throw QueryErrors.BadValue(
                $"The $bit modifier only supports 'and', 'or', and 'xor', not '{name}' which is an unknown operator: {{{name}: {operand}}}");
            if (operand is not (BsonInt32 or BsonInt64))
            {
                throw QueryErrors.BadValue(
                    $"The $bit modifier field must be an Integer(32/64 bit); a '{TypeName(operand)}' is not supported here: {{{name}: {operand}}}");
            }

            _steps.Add((operation, operand));
        }
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        var result = current ?? BsonInt32.Create(0);
        if (result is not (BsonInt32 or BsonInt64))
        {
            throw QueryErrors.BadValue(
                $"Cannot apply $bit to a value of non-integral type.{context.IdForMessages} has the field {path[^1]} of non-integer type {TypeName(result)}");
        }

        foreach (var (operation, operand) in _steps)
        {
            var wide = operation(Wide(result), Wide(operand));
            result = result is BsonInt32 && operand is BsonInt32 ? BsonInt32.Create((int)wide) : new BsonInt64(wide);
        }

        return result;
    }

    private static long Wide(BsonValue value) => value is BsonInt32 i ? i.Value : value.AsInt64;
}
