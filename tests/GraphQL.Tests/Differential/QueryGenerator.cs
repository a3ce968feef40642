using System.Globalization;
using System.Text;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// Walks a schema from its query root and writes random but deterministic queries: fields of random depth and width,
/// aliases, arguments as literals or variables (with defaults, some omitted from the variables), @skip/@include,
/// inline fragments on abstract types, named fragments and <c>__typename</c>. A mutated query gets exactly one defect
/// (<see cref="QueryMutation"/>) at a random place where it fits; when no place fits, an unknown root field.
/// </summary>
internal sealed class QueryGenerator
{
    private const int MaxDepth = 3;

    private readonly Schema _schema;
    private readonly SeededRandom _random;
    private readonly InputValueGenerator _values;

    // Per query.
    private readonly List<string> _variableDefinitions = [];
    private readonly List<string> _variableValues = [];
    private readonly List<string> _fragments = [];
    private QueryMutation _mutation;
    private bool _mutated;
    private int _names;

    public QueryGenerator(Schema schema, ulong seed, IReadOnlyList<string> stringPool)
    {
        _schema = schema;
        _random = new SeededRandom(seed);
        _values = new InputValueGenerator(_random, stringPool);
    }

    /// <summary><paramref name="valid"/> queries meant to be valid, then <paramref name="mutated"/> with one defect each, cycling through the kinds.</summary>
    public IEnumerable<DifferentialCase> Generate(string prefix, int valid, int mutated)
    {
        var kinds = Enum.GetValues<QueryMutation>().Where(kind => kind != QueryMutation.None).ToList();
        for (var i = 0; i < valid + mutated; i++)
        {
            var kind = i < valid ? QueryMutation.None : kinds[(i - valid) % kinds.Count];
            yield return Generate(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:000}-{kind}"), i, kind);
        }
    }

    private DifferentialCase Generate(string name, int index, QueryMutation mutation)
    {
        _variableDefinitions.Clear();
        _variableValues.Clear();
        _fragments.Clear();
        _mutation = mutation;
        _mutated = mutation == QueryMutation.None;
        _names = 0;

        var root = _schema.QueryType!;
        var body = SelectionSet(root, depth: 0);
        if (Mutate(QueryMutation.UnusedVariable, QueryMutation.UnusedVariable))
        {
            _variableDefinitions.Add("$unused: Int");
        }

        if (!_mutated && _mutation != QueryMutation.SyntaxError)
        {
            // No place fitted the defect: an unknown root field keeps the query invalid (§5.3.1).
            body = body[..^1] + "notAField }";
            _mutated = true;
        }

        var operation = _variableDefinitions.Count > 0 || _random.Chance(30)
            ? string.Create(CultureInfo.InvariantCulture, $"query Q{index}") +
              (_variableDefinitions.Count > 0 ? $"({string.Join(", ", _variableDefinitions)})" : string.Empty) + " " + body
            : body;
        var query = string.Join(" ", [operation, .. _fragments]);
        if (_mutation == QueryMutation.SyntaxError)
        {
            query = _random.Chance(50) ? query[..query.LastIndexOf('}')] : query.Replace("{", "{ {", StringComparison.Ordinal);
        }

        var variables = _variableValues.Count > 0 || _random.Chance(10) ? "{" + string.Join(",", _variableValues) + "}" : null;
        return new DifferentialCase(name, query, variables);
    }

    /// <summary>Takes the pending defect when it is <paramref name="kind"/> and the dice say here (or always for <paramref name="always"/>).</summary>
    private bool Mutate(QueryMutation kind, QueryMutation always = QueryMutation.None)
    {
        if (_mutated || _mutation != kind || (kind != always && !_random.Chance(35)))
        {
            return false;
        }

        _mutated = true;
        return true;
    }

    /// <param name="keys">Response keys already used at this response level (shared with inline fragments) with their
    /// argument text: a repeated field either gets an alias or repeats the same arguments, so queries meant to be valid
    /// have no merging conflicts (§5.3.2).</param>
    private string SelectionSet(NamedType type, int depth, Dictionary<string, string>? keys = null)
    {
        keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var selections = new List<string>();
        var width = 1 + _random.Next(depth == 0 ? 3 : 4);
        var fields = type is ImplementingType implementing ? implementing.Fields : [];
        for (var i = 0; i < width; i++)
        {
            if (type is InterfaceType or UnionType && _random.Chance(40))
            {
                var possible = _random.Pick(_schema.GetPossibleTypes(type));
                selections.Add($"... on {possible.Name} {SelectionSet(possible, depth + 1, keys)}");
            }
            else if (fields.Count == 0 || _random.Chance(10))
            {
                selections.Add(_random.Chance(30) ? $"t{_names++}: __typename" : "__typename");
            }
            else
            {
                var field = _random.Pick(fields);
                if (depth >= MaxDepth && field.Type.Named is not LeafType)
                {
                    field = fields.FirstOrDefault(f => f.Type.Named is LeafType && f.Arguments.All(a => !a.IsRequired)) ?? field;
                }

                selections.Add(Field(type, field, depth, keys));
            }
        }

        if (Mutate(QueryMutation.ImpossibleFragment))
        {
            var unrelated = _schema.Types.Values.OfType<ObjectType>()
                .First(candidate => !candidate.IsIntrospectionType && candidate != type && !(type is InterfaceType or UnionType && _schema.IsSubType(type, candidate)));
            selections.Add($"... on {unrelated.Name} {{ __typename }}");
        }

        if (depth > 0 && _random.Chance(15))
        {
            var fragment = $"F{_fragments.Count}";
            _fragments.Add($"fragment {fragment} on {type.Name} {{ {string.Join(" ", selections)} }}");
            return $"{{ ...{fragment} }}";
        }

        return $"{{ {string.Join(" ", selections)} }}";
    }

    private string Field(NamedType parent, Field field, int depth, Dictionary<string, string> keys)
    {
        var text = new StringBuilder();
        string? repeatedArguments = null;
        var unaliased = false;
        if (field.Type.Named is LeafType && ((ImplementingType)parent).Fields.FirstOrDefault(f => f.Name != field.Name && f.Type.Named is LeafType) is { } other
            && Mutate(QueryMutation.ConflictingAlias))
        {
            // Same response name for two different fields (§5.3.2 Field Selection Merging).
            text.Append("clash: ").Append(other.Name).Append(" clash: ");
        }
        else if (keys.TryGetValue(field.Name, out var earlier) && _random.Chance(40))
        {
            // The same field again with the same arguments and another selection: merged by CollectFields (§6.3.2).
            repeatedArguments = earlier;
        }
        else if (_random.Chance(15) || keys.ContainsKey(field.Name))
        {
            text.Append('a').Append(_names++).Append(": ");
        }
        else
        {
            unaliased = true;
        }

        text.Append(Mutate(QueryMutation.UnknownField) ? field.Name + "Typo" : field.Name);
        var arguments = repeatedArguments ?? (Arguments(field) is { Count: > 0 } list ? $"({string.Join(", ", list)})" : string.Empty);
        if (unaliased)
        {
            keys[field.Name] = arguments;
        }

        text.Append(arguments);

        if (_random.Chance(10))
        {
            text.Append(Condition());
        }

        var composite = field.Type.Named is not LeafType;
        if (composite && !Mutate(QueryMutation.CompositeWithoutSelection))
        {
            text.Append(' ').Append(SelectionSet(field.Type.Named, depth + 1));
        }
        else if (!composite && Mutate(QueryMutation.LeafWithSelection))
        {
            text.Append(" { length }");
        }

        return text.ToString();
    }

    private string Condition()
    {
        var directive = _random.Chance(50) ? "@include" : "@skip";
        if (_random.Chance(50))
        {
            return $" {directive}(if: {(_random.Chance(50) ? "true" : "false")})";
        }

        var variable = $"c{_variableDefinitions.Count}";
        _variableDefinitions.Add(_random.Chance(30) ? $"${variable}: Boolean = true" : $"${variable}: Boolean!");
        _variableValues.Add($"\"{variable}\":{(_random.Chance(50) ? "true" : "false")}");
        return $" {directive}(if: ${variable})";
    }

    private List<string> Arguments(Field field)
    {
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired ? Mutate(QueryMutation.MissingRequiredArgument) : !_random.Chance(55))
            {
                continue;
            }

            arguments.Add($"{argument.Name}: {Value(argument.Type)}");
        }

        if (Mutate(QueryMutation.UnknownArgument))
        {
            arguments.Add("bogus: 1");
        }

        return arguments;
    }

    /// <summary>An argument value: a literal, or a variable declared with the argument's type and given in the variables.</summary>
    private string Value(GraphQLType type)
    {
        if (Mutate(QueryMutation.WrongArgumentLiteral))
        {
            return InputValueGenerator.ToLiteral(_values.Wrong(type));
        }

        if (Mutate(QueryMutation.UndefinedVariable))
        {
            return "$undefined";
        }

        if (!_random.Chance(30) && _mutation is not (QueryMutation.WrongVariableType or QueryMutation.BadVariableValue))
        {
            return InputValueGenerator.ToLiteral(_values.Valid(type, nullable: type is not NonNullType));
        }

        var variable = $"v{_variableDefinitions.Count}";
        var declared = type.ToString();
        if (Mutate(QueryMutation.WrongVariableType))
        {
            declared = type is NonNullType nonNull ? nonNull.OfType.ToString() : type.Named.Name == "String" ? "Int" : "String";
        }

        var withDefault = _random.Chance(25);
        _variableDefinitions.Add(withDefault ? $"${variable}: {declared} = {InputValueGenerator.ToLiteral(_values.Valid(type))}" : $"${variable}: {declared}");
        if (Mutate(QueryMutation.BadVariableValue))
        {
            _variableValues.Add($"\"{variable}\":{InputValueGenerator.ToJson(_values.Wrong(type))}");
        }
        else if (!withDefault || _random.Chance(50))
        {
            _variableValues.Add($"\"{variable}\":{InputValueGenerator.ToJson(_values.Valid(type))}");
        }

        return "$" + variable;
    }
}
