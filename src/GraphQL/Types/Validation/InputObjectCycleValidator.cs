namespace Serverless.GraphQL.Types;

/// <summary>
/// §3.10 Input Objects "Circular References": every input object must admit a finite value. A non-null field of
/// input object type forces a nested value; for a OneOf input object (§3.10.1) every input-object field forces one
/// only if no other field can be chosen. Types are finite when their forced values are finite (fixpoint).
/// </summary>
internal sealed class InputObjectCycleValidator(List<SchemaError> errors)
{
    private readonly HashSet<InputObjectType> _finite = [];
    private readonly HashSet<InputObjectType> _visited = [];
    private readonly List<(InputObjectType Type, InputField Field)> _path = [];

    public void Validate(IEnumerable<InputObjectType> types)
    {
        var all = types.ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var type in all.Where(type => !_finite.Contains(type) && HasFiniteValue(type)))
            {
                _finite.Add(type);
                changed = true;
            }
        }
        while (changed);

        foreach (var type in all.Where(type => !_finite.Contains(type)))
        {
            ReportCycles(type);
        }
    }

    private static InputObjectType? Target(InputObjectType owner, InputField field) => owner.IsOneOf
        ? field.Type as InputObjectType
        : (field.Type as NonNullType)?.OfType as InputObjectType;

    private bool HasFiniteValue(InputObjectType type)
    {
        var targets = type.Fields.Select(field => Target(type, field)).ToList();
        return type.IsOneOf
            ? targets.Count == 0 || targets.Any(target => target is null || _finite.Contains(target))
            : targets.All(target => target is null || _finite.Contains(target));
    }

    private void ReportCycles(InputObjectType type)
    {
        if (!_visited.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (Target(type, field) is not { } target || _finite.Contains(target))
            {
                continue;
            }

            _path.Add((type, field));
            var cycleStart = _path.FindIndex(step => ReferenceEquals(step.Type, target));
            if (cycleStart < 0)
            {
                ReportCycles(target);
            }
            else
            {
                var cycle = _path.Skip(cycleStart).ToList();
                errors.Add(new SchemaError(
                    $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(step => $"{step.Type.Name}.{step.Field.Name}"))}.",
                    cycle.Select(step => step.Field.AstNode)));
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }
}
