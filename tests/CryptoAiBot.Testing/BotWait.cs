using System.Diagnostics;

namespace CryptoAiBot.Testing;

/// <summary>Polls an asynchronous condition (e.g. an HTTP query) until it holds, bounded in time and in attempts.</summary>
public static class BotWait
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var pause = interval ?? TimeSpan.FromMilliseconds(100);
        var maxAttempts = (int)Math.Min(100_000, (timeout.Ticks / Math.Max(1, pause.Ticks)) + 2);
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            if (await condition().ConfigureAwait(false))
            {
                return true;
            }

            if (clock.Elapsed >= timeout)
            {
                return false;
            }

            await Task.Delay(pause).ConfigureAwait(false);
        }

        return await condition().ConfigureAwait(false);
    }
}
