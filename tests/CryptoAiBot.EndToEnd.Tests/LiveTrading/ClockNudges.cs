namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// Waits for a call into the rig's bot from outside its loops. The bot's HTTP client times requests, paces them and
/// waits between retries on the rig's manual clock, so such a call may only end when that clock moves (an answer held
/// past HTTP_TIMEOUT, a 429 pause, a retry after a broken connection): while it is out the clock is moved on in small
/// steps, bounded in count, each only after the call had a moment of real time to finish without it.
/// </summary>
internal static class ClockNudges
{
    private const int MaxNudges = 240;
    private static readonly TimeSpan Nudge = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(150);

    public static async Task<T> AwaitAsync<T>(LiveSimulatorRig rig, Task<T> call, string what)
    {
        for (var nudge = 0; nudge < MaxNudges && !call.IsCompleted; nudge++)
        {
            if (await Task.WhenAny(call, Task.Delay(Patience)) != call)
            {
                rig.Time.Advance(Nudge);
            }
        }

        Assert.True(call.IsCompleted, $"{what} did not end within {MaxNudges} nudges of {Nudge.TotalMilliseconds} ms of the rig's clock");
        return await call;
    }
}
