namespace Serverless.GraphQL.Batching;

/// <summary>
/// The request's loaders by name, so every resolver of one mapped field finds the same loader (and so the
/// same pending batch and cache) no matter which parent it resolves. One registry per request, beside its
/// <see cref="BatchDispatcher"/>. Thread-safe.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>Creates an empty registry whose loaders use <paramref name="dispatcher"/>.</summary>
    /// <param name="dispatcher">The request's dispatcher.</param>
    public DataLoaderRegistry(BatchDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        Dispatcher = dispatcher;
    }

    /// <summary>The dispatcher every loader of this registry is created with.</summary>
    public BatchDispatcher Dispatcher { get; }

    /// <summary>How many loaders have been created.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _loaders.Count;
            }
        }
    }

    /// <summary>Returns the loader registered under <paramref name="name"/>, creating it on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">Identifies the loader within the request, for example the mapped field "User.posts".</param>
    /// <param name="create">Creates the loader from the registry's dispatcher; called at most once per name.</param>
    /// <returns>The request's loader for <paramref name="name"/>.</returns>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchDispatcher, DataLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                    $"DataLoader '{name}' is registered as {Describe(existing.GetType())}, not as {Describe(typeof(DataLoader<TKey, TValue>))}.");
            }

            // Created under the lock so two resolvers racing for the first load share one loader.
            var loader = create(Dispatcher) ?? throw new InvalidOperationException($"The factory of DataLoader '{name}' returned null.");
            _loaders.Add(name, loader);
            return loader;
        }
    }

    private static string Describe(Type loaderType)
    {
        var arguments = loaderType.GetGenericArguments();
        return $"DataLoader<{arguments[0].Name}, {arguments[1].Name}>";
    }
}
