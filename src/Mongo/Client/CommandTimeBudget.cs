using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Turns an operation's optional time budget into the command's maxTimeMS.</summary>
internal static class CommandTimeBudget
{
    /// <summary>
    /// maxTimeMS is the server-side budget of the operation (CSOT spec's legacy option; 0 would mean "no limit",
    /// so a non-positive budget is refused rather than silently turned into none).
    /// </summary>
    public static void AddMaxTime(List<BsonElement> command, TimeSpan? maxTime)
    {
        if (maxTime is not { } budget)
        {
            return;
        }

        if (budget <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTime), budget, "The time budget must be positive.");
        }

        command.Add(new("maxTimeMS", (int)Math.Ceiling(Math.Min(budget.TotalMilliseconds, int.MaxValue))));
    }
}
