using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Application;

/// <summary>Everything the application layer needs from configuration, already validated and typed.</summary>
public sealed record ApplicationOptions(
    string Mode,
    IReadOnlyList<Symbol> Symbols,
    TradingPlan Plan,
    OrchestratorSchedule Schedule,
    ExecutionPolicy Execution,
    ExitPolicy Exits,
    StrategyFactory? Strategies = null,
    EntryPolicy? Entries = null,
    Regime.RegimePolicy? Regime = null,
    ExchangeStopPolicy? ExchangeStops = null,
    Safety.DmsPolicy? Dms = null,
    Settlement.SettlementPolicy? Settlement = null)
{
    /// <summary>Settlement as configured; the 30 s default timeout when none was configured.</summary>
    public Settlement.SettlementPolicy SettlementOrDefault => Settlement ?? CryptoAiBot.Application.Settlement.SettlementPolicy.Default;

    /// <summary>The dead man's switch as configured; off when none was configured.</summary>
    public Safety.DmsPolicy DmsOrOff => Dms ?? Safety.DmsPolicy.Off;

    /// <summary>Exchange-side stops as configured; off when none was configured (paper, backtests).</summary>
    public ExchangeStopPolicy ExchangeStopsOrOff => ExchangeStops ?? ExchangeStopPolicy.Off;

    /// <summary>The configured macro regime filter; off when none was configured.</summary>
    public Regime.RegimePolicy RegimeOrOff => Regime ?? CryptoAiBot.Application.Regime.RegimePolicy.Off;

    /// <summary>The configured entry gate; every buy goes through when none was configured.</summary>
    public EntryPolicy EntriesOrOpen => Entries ?? EntryPolicy.Open;

    /// <summary>The strategies to trade with; EMA 12/26 cross when none was configured.</summary>
    public StrategyFactory StrategiesOrDefault => Strategies ?? (_ => new EmaCrossStrategy());
}
