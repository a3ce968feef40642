namespace Serverless.Mongo.Embedded.Operations;

/// <summary>serverStatus "connections": how many clients are connected now and how many ever connected.</summary>
internal sealed class ConnectionCounters
{
    private int _current;
    private int _totalCreated;

    public int Current => Volatile.Read(ref _current);

    public int TotalCreated => Volatile.Read(ref _totalCreated);

    public void Opened()
    {
        Interlocked.Increment(ref _current);
        Interlocked.Increment(ref _totalCreated);
    }

    public void Closed() => Interlocked.Decrement(ref _current);
}
