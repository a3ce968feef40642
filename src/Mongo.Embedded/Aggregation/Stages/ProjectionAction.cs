namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>The kinds of projection entry (manual "$project": inclusion, exclusion, new or reset fields).</summary>
internal enum ProjectionAction
{
    Include,
    Exclude,
    Compute,
    Nested,
}
