using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Core.Definitions;
using Serverless.Core.Execution;
using Serverless.Core.Interpolation;
using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;
using Serverless.Mongo;

namespace Serverless.Core.Resolution;

/// <summary>
/// Field-to-query mapping (§6.1): argument document (with rootDoc at level ≥ 2 and @user, §7.4 [REC]), $arg then
/// $fk, limit rules (§6.5), then a find — through the request's loader "<c>Type_field</c>" when the mapping depends
/// on its parent or configures a dataLoader (§9), else directly. List fields get every document, others the first or null.
/// </summary>
internal sealed class QueryFieldResolver
{
    private readonly QueryMapping _mapping;
    private readonly LoadMode _mode;
    private readonly DefinitionOptions _limits;
    private readonly string _loaderName;

    /// <param name="batching">False (<c>CoreOptions.Batching</c>): every invocation is a direct find, no loader.</param>
    public QueryFieldResolver(QueryMapping mapping, DefinitionOptions limits, bool batching = true)
    {
        _mapping = mapping;
        _limits = limits;
        _loaderName = $"{mapping.TypeName}_{mapping.FieldName}";
        _mode = LoadModes.Choose(batching, mapping.DataLoader, DependsOnParent(mapping));
    }

    public LoadMode Mode => _mode;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var request = RequestContext.Of(context);
        request.RemainingTime();
        var parent = context.Parent as ResolvedValue;
        var arguments = ArgumentDocument.Build(context.Arguments, parent?.RootDoc, request.User);
        InterpolatedQuery query;
        try
        {
            query = QueryInterpolator.Interpolate(_mapping, arguments, parent?.Value as BsonDocument, _limits.DefaultLimit, _limits.MaxLimit);
        }
        catch (MappingException exception)
        {
            throw FieldFailures.FromMapping(exception);
        }

        var isList = FieldTypes.IsList(context.Field.Type);
        IReadOnlyList<BsonDocument> documents;
        try
        {
            documents = _mode == LoadMode.Direct
                ? await MongoReads.FindAsync(request, _mapping.Db, _mapping.Collection, query, isList ? query.Limit : 1, request.CancellationToken).ConfigureAwait(true)
                : await Loader(context, request).LoadAsync(query, request.CancellationToken).ConfigureAwait(true);
        }
        catch (MongoCommandException exception)
        {
            throw FieldFailures.FromCommand(exception, request);
        }

        BsonValue? value = isList ? new BsonArray(documents) : documents.Count > 0 ? documents[0] : null;
        return ResultShaper.Shape(value, context.Field.Type, parent?.RootDoc, isLevelOne: parent is null);
    }

    private DataLoader<InterpolatedQuery, IReadOnlyList<BsonDocument>> Loader(IResolveFieldContext context, RequestContext request) =>
        context.GetLoaders().GetOrAdd(_loaderName, dispatcher =>
        {
            var settings = _mapping.DataLoader;
            var explicitly = _mode == LoadMode.Explicit;
            var loader = new DataLoader<InterpolatedQuery, IReadOnlyList<BsonDocument>>(
                dispatcher,
                (keys, cancellationToken) => LoadBatchAsync(request, keys, cancellationToken),
                new DataLoaderOptions<InterpolatedQuery>
                {
                    Batching = !explicitly || settings.Batching,
                    Caching = !explicitly || settings.Caching,
                    MaxBatchSize = explicitly && settings.MaxBatchSize > 0 ? settings.MaxBatchSize : null,
                    KeyComparer = QueryKeyComparer.Instance,
                    Name = _loaderName,
                });
            if (explicitly)
            {
                request.Report(loader);
            }

            return loader;
        });

    private async ValueTask<IReadOnlyList<IReadOnlyList<BsonDocument>>> LoadBatchAsync(
        RequestContext request, IReadOnlyList<InterpolatedQuery> keys, CancellationToken cancellationToken)
    {
        var maxTime = request.RemainingTime();
        return await new QueryBatchExecutor(request.Client, _mapping.Db, _mapping.Collection, request.CountCommand)
            .ExecuteAsync(keys, maxTime, cancellationToken).ConfigureAwait(true);
    }

    // A mapping depends on its parent when it reads the parent ($fk) or the path's root document (rootDoc): only
    // then do invocations of one level differ and benefit from one batched round trip.
    private static bool DependsOnParent(QueryMapping mapping)
    {
        var elements = new List<BsonElement> { new("limit", mapping.Limit) };
        if (mapping.Find is not null)
        {
            elements.Add(new("find", mapping.Find));
        }

        if (mapping.Sort is not null)
        {
            elements.Add(new("sort", mapping.Sort));
        }

        if (mapping.Skip is not null)
        {
            elements.Add(new("skip", mapping.Skip));
        }

        var parts = new BsonDocument(elements);
        return ForeignKeyInterpolator.ContainsForeignKey(parts) || OptionalStages.ReferencesRootDoc([parts]);
    }
}
