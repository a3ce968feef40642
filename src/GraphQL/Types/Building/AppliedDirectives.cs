using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Reads the specified directives' arguments from SDL (§3.13.3 @deprecated, §3.13.5 @specifiedBy, §3.10.1 @oneOf).</summary>
internal static class AppliedDirectives
{
    public static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
    {
        var deprecated = Find(directives, SpecifiedDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        return StringArgument(deprecated, "reason") ?? SpecifiedDirectives.DefaultDeprecationReason;
    }

    public static string? SpecifiedByUrl(IEnumerable<DirectiveNode> directives) =>
        Find(directives, SpecifiedDirectives.SpecifiedBy.Name) is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    public static bool IsOneOf(IEnumerable<DirectiveNode> directives) => Find(directives, SpecifiedDirectives.OneOf.Name) is not null;

    private static DirectiveNode? Find(IEnumerable<DirectiveNode> directives, string name) =>
        directives.FirstOrDefault(directive => directive.Name.Value == name);

    private static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == name)?.Value is StringValueNode value ? value.Value : null;
}
