namespace Serverless.Core.Compilation;

/// <summary>
/// The outcome of <see cref="AppCompiler.Compile"/>: the app, or the message users see after
/// "Invalid GraphQL app definition: " (§2.6).
/// </summary>
public sealed record CompileResult(CompiledApp? App, string? Error);
