using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// The field resolver of every cats schema. Behaviour comes from the helper directive applied to the field definition
/// (cats README conventions); without one, a field reads the same-named entry of its parent map.
/// </summary>
public sealed class CatsResolver
{
    private readonly CatsTestData _testData;
    private readonly Dictionary<string, Func<IResolveFieldContext, IReadOnlyDictionary<string, object?>, ValueTask<object?>>> _handlers;

    public CatsResolver(CatsTestData testData)
    {
        _testData = testData;
        _handlers = new(StringComparer.Ordinal)
        {
            ["resolveString"] = (context, args) => ValueTask.FromResult<object?>(Interpolate(StringArgument(args, "value"), context)),
            ["resolvePromiseString"] = (context, args) => LaterAsync(() => Interpolate(StringArgument(args, "value"), context)),
            ["argumentsJson"] = (context, _) => ValueTask.FromResult<object?>(ArgumentsJson(context)),
            ["resolveEmptyObject"] = (_, _) => ValueTask.FromResult<object?>(new Dictionary<string, object?>(StringComparer.Ordinal)),
            ["resolveTestData"] = (_, args) => ValueTask.FromResult(_testData.Get(StringArgument(args, "name"))),
            ["resolvePromiseTestData"] = (_, args) => LaterAsync(() => _testData.Get(StringArgument(args, "name"))),
            ["resolvePromise"] = (context, _) => LaterAsync(() => ParentEntry(context)),
            ["resolveError"] = (_, args) => throw new GraphQLException(StringArgument(args, "message")),
            ["resolvePromiseReject"] = (_, args) => RejectLaterAsync(StringArgument(args, "message")),
        };
    }

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // cats executes a subscription like a query on the root value (2018 graphql-js). Under spec §6.2.3 the root
        // field's resolver yields the source stream, so the cats value becomes a stream of exactly one event.
        if (ReferenceEquals(context.ParentType, context.Schema.SubscriptionType))
        {
            return ValueTask.FromResult<object?>(SingleEventAsync(ResolveValueAsync(context), context.CancellationToken));
        }

        return ResolveValueAsync(context);
    }

    private ValueTask<object?> ResolveValueAsync(IResolveFieldContext context)
    {
        foreach (var directive in context.Field.AppliedDirectives)
        {
            if (_handlers.TryGetValue(directive.Name.Value, out var handler))
            {
                return handler(context, DirectiveArguments(directive));
            }
        }

        return ValueTask.FromResult(ParentEntry(context));
    }

    private static async IAsyncEnumerable<object?> SingleEventAsync(ValueTask<object?> value, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return await value.ConfigureAwait(false);
    }

    private static object? ParentEntry(IResolveFieldContext context) =>
        context.Parent is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(context.Field.Name) : null;

    private static Dictionary<string, object?> DirectiveArguments(DirectiveNode directive) =>
        directive.Arguments.ToDictionary(a => a.Name.Value, a => ValueCoercion.ValueFromAstUntyped(a.Value), StringComparer.Ordinal);

    private static string StringArgument(IReadOnlyDictionary<string, object?> args, string name) =>
        args.GetValueOrDefault(name) as string ?? throw new InvalidOperationException($"cats helper directive needs a string argument \"{name}\"");

    // "$size" in @resolveString(value:) is replaced by the field's coerced argument "size".
    private static string Interpolate(string template, IResolveFieldContext context) =>
        context.Arguments.Aggregate(template, (text, argument) =>
            text.Replace("$" + argument.Key, Convert.ToString(argument.Value, CultureInfo.InvariantCulture), StringComparison.Ordinal));

    // Compact JSON of the given arguments in definition order; unset arguments are omitted (cats README).
    private static string ArgumentsJson(IResolveFieldContext context)
    {
        var given = context.Field.Arguments
            .Where(argument => context.Arguments.ContainsKey(argument.Name))
            .ToDictionary(argument => argument.Name, argument => context.Arguments[argument.Name], StringComparer.Ordinal);
        return JsonSerializer.Serialize(given);
    }

    private static async ValueTask<object?> LaterAsync(Func<object?> value)
    {
        await Task.Yield();
        return value();
    }

    private static async ValueTask<object?> RejectLaterAsync(string message)
    {
        await Task.Yield();
        throw new GraphQLException(message);
    }
}
