namespace Serverless.Mongo.Embedded.Cursors;

/// <summary>The cursor figures serverStatus reports under metrics.cursor (manual "serverStatus", "metrics.cursor").</summary>
/// <param name="Open">metrics.cursor.open.total: cursors open now.</param>
/// <param name="Pinned">metrics.cursor.open.pinned: open cursors a getMore is serving right now.</param>
/// <param name="TimedOut">metrics.cursor.timedOut: cursors dropped after the idle timeout since the start.</param>
/// <param name="TotalOpened">metrics.cursor.totalOpened: cursors opened since the start.</param>
internal readonly record struct CursorCounts(long Open, long Pinned, long TimedOut, long TotalOpened);
