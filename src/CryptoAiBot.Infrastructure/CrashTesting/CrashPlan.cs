using System.Diagnostics;

namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>
/// Kills this process with SIGKILL at the chosen arrival at the chosen step (CRASH_AT). Nothing runs after the kill —
/// no finally block, no flush, no disposal — which is exactly the crash a power cut or the OOM killer causes, at a
/// known point of the order path. One line on stderr first says where, so a test can tell the kill it caused.
/// </summary>
public sealed class CrashPlan(CrashStep step, int arrival)
{
    /// <summary>What stderr says just before the kill; the crash test looks for it.</summary>
    public const string Marker = "CRASH_AT reached";

    private int _arrivals;

    public CrashStep Step => step;

    /// <summary>Called by the crash-test decorators each time an order passes <paramref name="reached"/>.</summary>
    public void Reached(CrashStep reached)
    {
        if (reached != step || Interlocked.Increment(ref _arrivals) != arrival)
        {
            return;
        }

        Console.Error.WriteLine($"{Marker}: {CrashSteps.Name(step)} (arrival {arrival}); killing this process with SIGKILL");
        Console.Error.Flush();
        using var self = Process.GetCurrentProcess();
        self.Kill();

        // SIGKILL cannot be caught; should it somehow not have landed yet, nothing of this step may go on.
        throw new InvalidOperationException("The process was killed by CRASH_AT.");
    }
}
