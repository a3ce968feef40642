using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Core.Definitions;
using Serverless.Core.Execution;
using Serverless.Core.Interpolation;
using Serverless.Core.Security;
using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;
using Serverless.Mongo;

namespace Serverless.Core.Resolution;

/// <summary>
/// Field-to-aggregation mapping (§7.1): argument document with rootDoc and @user, $ifarg, $arg, $fk; no stages
/// left → an empty list (null for a non-list field); the security check (§7.5) before anything runs; then the
/// aggregate, batched through the loader "<c>Type_field</c>" when it depends on the parent or configures a
/// dataLoader. Non-list fields take the first result (§9.4 [REC], also when batched).
/// </summary>
internal sealed class AggregationFieldResolver
{
    private readonly AggregationMapping _mapping;
    private readonly PipelineSecurityChecker _security;
    private readonly LoadMode _mode;
    private readonly string _loaderName;

    /// <param name="batching">False (<c>CoreOptions.Batching</c>): every invocation is a direct aggregate, no loader.</param>
    public AggregationFieldResolver(AggregationMapping mapping, PipelineSecurityChecker security, bool batching = true)
    {
        _mapping = mapping;
        _security = security;
        _loaderName = $"{mapping.TypeName}_{mapping.FieldName}";
        _mode = LoadModes.Choose(
            batching,
            mapping.DataLoader,
            mapping.Stages.Any(ForeignKeyInterpolator.ContainsForeignKey) || OptionalStages.ReferencesRootDoc(mapping.Stages));
    }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var request = RequestContext.Of(context);
        request.RemainingTime();
        var parent = context.Parent as ResolvedValue;
        var arguments = ArgumentDocument.Build(context.Arguments, parent?.RootDoc, request.User);
        IReadOnlyList<BsonDocument> pipeline;
        try
        {
            pipeline = PipelineInterpolator.Interpolate(_mapping, arguments, parent?.Value as BsonDocument);
        }
        catch (MappingException exception)
        {
            throw FieldFailures.FromMapping(exception);
        }

        var isList = FieldTypes.IsList(context.Field.Type);
        if (pipeline.Count == 0)
        {
            // §7.1 step 4 returns an empty array even for a non-list field; a non-list field gets null instead.
            return isList ? Array.Empty<object?>() : null;
        }

        if (_security.Check(pipeline, _mapping.Db) is { } violation)
        {
            throw new GraphQLException(violation);
        }

        IReadOnlyList<BsonDocument> documents;
        try
        {
            documents = _mode == LoadMode.Direct
                ? await MongoReads.AggregateAsync(request, _mapping.Db, _mapping.Collection, pipeline, _mapping.AllowDiskUse, request.CancellationToken).ConfigureAwait(true)
                : await Loader(context, request).LoadAsync(pipeline, request.CancellationToken).ConfigureAwait(true);
        }
        catch (MongoCommandException exception)
        {
            throw FieldFailures.FromCommand(exception, request);
        }

        BsonValue? value = isList ? new BsonArray(documents) : documents.Count > 0 ? documents[0] : null;
        return ResultShaper.Shape(value, context.Field.Type, parent?.RootDoc, isLevelOne: parent is null);
    }

    private DataLoader<IReadOnlyList<BsonDocument>, IReadOnlyList<BsonDocument>> Loader(IResolveFieldContext context, RequestContext request) =>
        context.GetLoaders().GetOrAdd(_loaderName, dispatcher =>
        {
            var settings = _mapping.DataLoader;
            var explicitly = _mode == LoadMode.Explicit;
            return new DataLoader<IReadOnlyList<BsonDocument>, IReadOnlyList<BsonDocument>>(
                dispatcher,
                (keys, cancellationToken) => LoadBatchAsync(request, keys, cancellationToken),
                new DataLoaderOptions<IReadOnlyList<BsonDocument>>
                {
                    Batching = !explicitly || settings.Batching,
                    Caching = !explicitly || settings.Caching,
                    MaxBatchSize = explicitly && settings.MaxBatchSize > 0 ? settings.MaxBatchSize : null,
                    KeyComparer = PipelineKeyComparer.Instance,
                    Name = _loaderName,
                });
        });

    private async ValueTask<IReadOnlyList<IReadOnlyList<BsonDocument>>> LoadBatchAsync(
        RequestContext request, IReadOnlyList<IReadOnlyList<BsonDocument>> keys, CancellationToken cancellationToken)
    {
        var maxTime = request.RemainingTime();
        return await new PipelineBatchExecutor(request.Client, _mapping.Db, _mapping.Collection, _mapping.AllowDiskUse, request.CountCommand)
            .ExecuteAsync(keys, maxTime, cancellationToken).ConfigureAwait(true);
    }
}
