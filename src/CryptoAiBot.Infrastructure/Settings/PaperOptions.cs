namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>The paper broker and the built-in market simulator: PAPER_*, SIM_*.</summary>
public sealed class PaperOptions
{
    /// <summary>Quote balance the paper account starts with (PAPER_START_QUOTE).</summary>
    public decimal StartQuote { get; init; } = 10000m;

    /// <summary>Taker fee charged on paper fills, in percent (PAPER_FEE_PCT): 0.2 means 0.2 %.</summary>
    public decimal FeePct { get; init; } = 0.2m;

    /// <summary>Seed of the simulator's random walk, so a run can be replayed (SIM_SEED).</summary>
    public int SimSeed { get; init; } = 42;

    public decimal SimStartPrice { get; init; } = 60000m;

    /// <summary>Time between two simulated prices (SIM_TICK_MS).</summary>
    public TimeSpan SimTick { get; init; } = TimeSpan.FromMilliseconds(1000);

    internal static PaperOptions Read(VariableReader r)
    {
        var d = new PaperOptions();
        var options = new PaperOptions
        {
            StartQuote = r.Decimal("PAPER_START_QUOTE", d.StartQuote),
            FeePct = r.Decimal("PAPER_FEE_PCT", d.FeePct),
            SimSeed = r.Int("SIM_SEED", d.SimSeed),
            SimStartPrice = r.Decimal("SIM_START_PRICE", d.SimStartPrice),
            SimTick = r.Duration("SIM_TICK_MS", d.SimTick, TimeSpan.FromMilliseconds(1)),
        };

        r.NotNegative("PAPER_START_QUOTE", options.StartQuote);
        r.Between("PAPER_FEE_PCT", options.FeePct, 0m, 100m);
        r.Positive("SIM_START_PRICE", options.SimStartPrice);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["PAPER_START_QUOTE"] = SettingText.Number(StartQuote);
        into["PAPER_FEE_PCT"] = SettingText.Number(FeePct);
        into["SIM_SEED"] = SettingText.Number(SimSeed);
        into["SIM_START_PRICE"] = SettingText.Number(SimStartPrice);
        into["SIM_TICK_MS"] = SettingText.Milliseconds(SimTick);
    }
}
