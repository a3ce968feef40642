using Serverless.Core.Execution;
using Serverless.Core.Interpolation;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Resolution;

/// <summary>
/// Field-to-field mapping (§5) and the implicit same-name mapping of unmapped non-root fields: the value at a
/// dot path of the parent's BSON value. The parent value keeps the path's rootDoc for the sub-fields (§8).
/// </summary>
internal sealed class FieldPathResolver(string path)
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        // §13: the budget is checked at the start of every field.
        RequestContext.Of(context).RemainingTime();
        if (context.Parent is not ResolvedValue parent)
        {
            return ValueTask.FromResult<object?>(null);
        }

        var value = DocumentPath.Walk(parent.Value, path);
        return ValueTask.FromResult(ResultShaper.Shape(value, context.Field.Type, parent.RootDoc, isLevelOne: false));
    }
}
