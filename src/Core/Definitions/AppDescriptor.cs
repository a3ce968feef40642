namespace Serverless.Core.Definitions;

/// <summary>
/// The descriptor (§2.1). <see cref="Uri"/> is <c>descriptor.uri</c>, else a string <c>_id</c>, with leading and
/// trailing slashes trimmed (fixes quirk 3); null only when neither exists (a document not yet stored).
/// </summary>
public sealed record AppDescriptor(string? Uri, bool Enabled, string Description);
