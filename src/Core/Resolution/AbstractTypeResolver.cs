using Serverless.Core.Definitions;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Resolution;

/// <summary>
/// <c>$typeResolver</c> of an interface or union (§11): rules in declaration order (§11 [REC]) against the BSON
/// value being resolved; the first true one names the object type. No match → null, which the engine reports as
/// "must resolve to an Object type at runtime".
/// </summary>
internal sealed class AbstractTypeResolver(TypeResolverMapping mapping)
{
    public ValueTask<ObjectType?> ResolveAsync(object value, IResolveFieldContext context)
    {
        if (value is ResolvedValue resolved)
        {
            foreach (var rule in mapping.Rules)
            {
                if (rule.Predicate.Evaluate(resolved.Value))
                {
                    return ValueTask.FromResult(context.Schema.Types.GetValueOrDefault(rule.TypeName) as ObjectType);
                }
            }
        }

        return ValueTask.FromResult<ObjectType?>(null);
    }
}
