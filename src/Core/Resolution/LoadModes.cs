using Serverless.Core.Definitions;

namespace Serverless.Core.Resolution;

/// <summary>The one rule both mapping kinds use to pick their <see cref="LoadMode"/> (§9.2 as changed by issue 5).</summary>
internal static class LoadModes
{
    /// <param name="batching">False (<c>CoreOptions.Batching</c>): every invocation goes to MongoDB directly.</param>
    /// <param name="settings">The mapping's <c>dataLoader</c>; batching or caching there makes the loader explicit.</param>
    /// <param name="dependsOnParent">Whether the mapping reads its parent ($fk) or its root document.</param>
    public static LoadMode Choose(bool batching, DataLoaderSettings settings, bool dependsOnParent) =>
        !batching ? LoadMode.Direct
        : settings is { Batching: true } or { Caching: true } ? LoadMode.Explicit
        : dependsOnParent ? LoadMode.Implicit
        : LoadMode.Direct;
}
