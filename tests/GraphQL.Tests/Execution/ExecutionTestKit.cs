using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>Builds small SDL schemas with resolvers keyed "Type.field" and runs documents on them.</summary>
internal static class ExecutionTestKit
{
    public static Schema Build(string sdl, IReadOnlyDictionary<string, FieldResolver> resolvers, bool introspection = true) =>
        SchemaBuilder.FromSdl(sdl, new SchemaBuildOptions
        {
            ResolveField = (type, field) => resolvers.GetValueOrDefault($"{type}.{field}"),
            IsIntrospectionEnabled = introspection,
        });

    public static Task<ExecutionResult> RunAsync(Schema schema, string query, object? root = null, string? operationName = null) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query), RootValue = root, OperationName = operationName });

    public static FieldResolver Value(object? value) => _ => ValueTask.FromResult(value);

    public static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
}
