namespace CryptoAiBot.Domain.Tests;

/// <summary>
/// What this thread allocates running a piece of code: the least over a few windows. On a loaded machine a collection
/// triggered by other tests' threads can move this thread's allocation counter by a few hundred bytes in the middle of a
/// window (seen: 888 B once, under two test runs at a time); code that allocates per call shows in every window, so the
/// least is the honest figure. Every window runs, so what the windows compute together is what one run would.
/// </summary>
internal static class AllocationProbe
{
    private const int Windows = 3;

    /// <param name="window">Runs window <c>i</c> (0-based) of <see cref="Windows"/>; each must do comparable work.</param>
    public static long Least(Action<int> window)
    {
        var least = long.MaxValue;
        for (var i = 0; i < Windows; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            window(i);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    /// <summary>The <paramref name="window"/>-th of <see cref="Windows"/> equal parts of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static (int From, int To) Part(int window, int start, int end)
    {
        var size = (end - start) / Windows;
        return (start + (window * size), window == Windows - 1 ? end : start + ((window + 1) * size));
    }
}
