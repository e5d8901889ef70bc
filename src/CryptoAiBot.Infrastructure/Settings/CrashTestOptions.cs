using System.Globalization;
using CryptoAiBot.Infrastructure.CrashTesting;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// CRASH_AT=<c>step[:n]</c>: the process kills itself with SIGKILL the n-th time (1 by default) an order reaches that step
/// of its path (<see cref="CrashStep"/>). For the crash-point test only, so refused unless the bot trades on paper or
/// against a simulator (SANDBOX=1): a bot trading real money never carries a self-destruct.
/// </summary>
public sealed class CrashTestOptions
{
    /// <summary>The step to die at; null when CRASH_AT is unset (always, outside crash tests).</summary>
    public CrashStep? Step { get; init; }

    /// <summary>Which arrival at <see cref="Step"/> dies, counting from 1.</summary>
    public int Arrival { get; init; } = 1;

    internal static CrashTestOptions Read(VariableReader r, TradingOptions trading)
    {
        var raw = r.Raw("CRASH_AT");
        if (raw is null)
        {
            return new CrashTestOptions();
        }

        var parts = raw.Split(':', 2);
        var step = CrashSteps.Parse(parts[0]);
        var arrival = 1;
        if (step is null)
        {
            r.Problem($"CRASH_AT: '{parts[0]}' is not a step; use one of {string.Join(", ", CrashSteps.Names)}, optionally with :n (the n-th arrival)");
        }

        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out arrival) || arrival < 1))
        {
            r.Problem($"CRASH_AT: the arrival after ':' must be a whole number from 1; got '{parts[1]}'");
            arrival = 1;
        }

        if (trading.IsLive && !trading.Sandbox)
        {
            r.Problem("CRASH_AT kills the process on purpose and is for crash tests only: it needs MODE=paper or SANDBOX=1 (a simulator), never real money");
        }

        return new CrashTestOptions { Step = step, Arrival = arrival };
    }

    internal void Describe(IDictionary<string, string> into) =>
        into["CRASH_AT"] = Step is { } step ? string.Create(CultureInfo.InvariantCulture, $"{CrashSteps.Name(step)}:{Arrival}") : "";
}
