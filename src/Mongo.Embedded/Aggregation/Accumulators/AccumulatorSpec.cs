using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>One output field of $group/$bucket: its name, a fresh accumulator per group, and the argument.</summary>
internal sealed record AccumulatorSpec(string Field, Func<IAccumulator> Create, Expression Argument);
