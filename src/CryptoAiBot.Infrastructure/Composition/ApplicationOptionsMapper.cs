using CryptoAiBot.Application;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Regime;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Composition;

/// <summary>Maps validated settings onto what the application layer consumes.</summary>
public static class ApplicationOptionsMapper
{
    public static ApplicationOptions ToApplicationOptions(this BotSettings settings) => new(
        settings.Trading.Mode.ToString().ToLowerInvariant(),
        settings.Trading.Symbols,
        new TradingPlan(
            Timeframe.Parse(settings.Trading.Timeframe),
            settings.Trading.FixedAmount,
            settings.ToRiskLimits(),
            settings.Paper.FeePct,
            Sizer: settings.ToPositionSizer()),
        new OrchestratorSchedule(
            settings.Orchestrator.EvalInterval,
            settings.Orchestrator.ExitsInterval,
            settings.Orchestrator.ReconcileInterval,
            settings.Orchestrator.WatchdogInterval,
            settings.Orchestrator.SettlementInterval),
        new ExecutionPolicy(settings.Idempotency.Bucket, settings.Idempotency.Ttl),
        new ExitPolicy(settings.Risk.StopLossPct, settings.Risk.TrailingPct),
        settings.ToStrategyFactory(),
        settings.ToEntryPolicy(),
        settings.ToRegimePolicy(),
        settings.ToExchangeStopPolicy(),
        new Application.Safety.DmsPolicy(settings.Orchestrator.DmsEnabled, settings.Orchestrator.DmsTimeout, settings.Orchestrator.DmsSell),
        new Application.Settlement.SettlementPolicy(settings.Orchestrator.SettlementTimeout));

    /// <summary>EXCHANGE_STOPS and its pacing; only live trading has an exchange to rest stops on.</summary>
    public static ExchangeStopPolicy ToExchangeStopPolicy(this BotSettings settings) => new(
        settings.Trading.IsLive && settings.Broker.ExchangeStops, settings.Broker.ExchangeStopReplace, settings.Broker.ExchangeStopStepPct);

    /// <summary>REGIME_* as the macro regime filter in front of every entry.</summary>
    public static RegimePolicy ToRegimePolicy(this BotSettings settings)
    {
        var r = settings.Regime;
        return new RegimePolicy(
            r.Enabled,
            r.WatchDxy,
            r.WatchBtcDominance,
            r.WatchFomc,
            new RegimeThresholds(r.DxyLimitPct, r.BtcDomLimitPct, r.FomcBlock, r.MaxDataAge),
            r.BlockBuy,
            r.WeightMultRiskOff,
            r.Refresh);
    }

    /// <summary>MTF_ENABLED / MTF_W_* and FUSION_ENABLED / FUSION_W_* as the gate in front of every entry.</summary>
    public static EntryPolicy ToEntryPolicy(this BotSettings settings) => new(
        settings.Mtf.ToWeights(),
        settings.Mtf.ToFilterSettings(),
        new SignalFusion(settings.Fusion.WeightTechnical, settings.Fusion.WeightAi, settings.Fusion.Enabled));

    /// <summary>POSITION_SIZER with FIXED_AMOUNT and the KELLY_* / TARGET_VOL_* parameters.</summary>
    public static IPositionSizer ToPositionSizer(this BotSettings settings) => PositionSizers.Create(
        settings.Trading.PositionSizer switch
        {
            PositionSizerKind.Kelly => PositionSizers.Kelly,
            PositionSizerKind.TargetVol => PositionSizers.TargetVol,
            _ => PositionSizers.Fixed,
        },
        new PositionSizerParameters
        {
            FixedAmount = settings.Trading.FixedAmount,
            KellyWinRate = (double)settings.Sizing.KellyWinRate,
            KellyPayoffRatio = (double)settings.Sizing.KellyPayoffRatio,
            KellyFraction = (double)settings.Sizing.KellyFraction,
            TargetVolPct = (double)settings.Sizing.TargetVolPct,
            TargetVolMaxQuote = settings.Sizing.TargetVolMaxQuote,
        });

    /// <summary>STRATEGY_SET / STRATEGY_MODE / STRATEGY_SCORES and every strategy parameter, as one factory.</summary>
    public static StrategyFactory ToStrategyFactory(this BotSettings settings) => StrategyRegistry.CreateFactory(
        settings.Strategy.Set,
        settings.Strategy.Mode switch
        {
            StrategyCombineMode.Vote => AggregationMode.Vote,
            StrategyCombineMode.Weighted => AggregationMode.Weighted,
            _ => AggregationMode.First,
        },
        settings.Strategy.Scores.ToDictionary(s => s.Key, s => (double)s.Value),
        settings.Strategy.ToParameters());

    public static RiskLimits ToRiskLimits(this BotSettings settings) => new()
    {
        LossStreakMax = settings.Risk.LossStreakMax,
        MaxDrawdownPct = settings.Risk.MaxDrawdownPct,
        MaxOrders5m = settings.Risk.MaxOrders5m,
        MaxTurnover5mQuote = settings.Risk.MaxTurnover5mQuote,
        Cooldown = settings.Risk.Cooldown,
        DailyLossLimitQuote = settings.Risk.DailyLossLimitQuote,
        MaxSpreadPct = settings.Risk.MaxSpreadPct,
        MaxCorrelation = settings.Risk.MaxCorrelation,
        MaxPositionBase = settings.Risk.MaxPositionBase,
        MaxOrdersPerHour = settings.Risk.MaxOrdersPerHour,
        MaxOrdersPerDay = settings.Safety.MaxOrdersPerDay,
        MaxTurnoverPerDayQuote = settings.Safety.MaxTurnoverQuotePerDay,
        MaxFeePct = settings.Risk.MaxFeePct,
        MaxSlippagePct = settings.Risk.MaxSlippagePct,
    };
}
