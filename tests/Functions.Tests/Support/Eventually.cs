namespace Serverless.Functions.Tests.Support;

/// <summary>Polls a condition until it holds or a generous deadline passes (a liveness check, not a timing assertion).</summary>
public static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeout = new CancellationTokenSource(deadline);
        while (!timeout.IsCancellationRequested)
        {
            if (await condition())
            {
                return true;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return await condition();
    }
}
