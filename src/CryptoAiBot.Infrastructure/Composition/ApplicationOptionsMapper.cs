using CryptoAiBot.Application;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
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
            settings.Paper.FeePct),
        new OrchestratorSchedule(
            settings.Orchestrator.EvalInterval,
            settings.Orchestrator.ExitsInterval,
            settings.Orchestrator.ReconcileInterval,
            settings.Orchestrator.WatchdogInterval,
            settings.Orchestrator.SettlementInterval),
        new ExecutionPolicy(settings.Idempotency.Bucket, settings.Idempotency.Ttl),
        new ExitPolicy(settings.Risk.StopLossPct, settings.Risk.TrailingPct),
        settings.ToStrategyFactory());

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
