namespace Serverless.Core.Definitions;

/// <summary>
/// The mappings of an app, split by the kind of schema type they belong to (§2.5). Keys that name no type of the
/// matching kind are dropped, as RESTHeart ignores them.
/// </summary>
public sealed record AppMappings(
    IReadOnlyDictionary<string, ObjectTypeMapping> ObjectTypes,
    IReadOnlyDictionary<string, EnumMapping> Enums,
    IReadOnlyDictionary<string, TypeResolverMapping> AbstractTypes);
