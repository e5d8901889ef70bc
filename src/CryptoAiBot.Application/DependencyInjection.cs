using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Health;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CryptoAiBot.Application;

/// <summary>The application layer's one DI entry point.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers use cases, one orchestrator per symbol and health. Expects the ports (store, broker,
    /// market data, event bus), a <see cref="TimeProvider"/> and logging to be registered by infrastructure.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, ApplicationOptions options)
    {
        services.AddSingleton(options);
        // The host registers the instance it configured (METRICS_BUCKETS_MS); a backtest or the CLI gets one nobody listens to.
        services.TryAddSingleton(_ => new Telemetry.BotMetrics());
        services.AddSingleton(options.Plan);
        services.AddSingleton(options.Schedule);
        services.AddSingleton(options.Execution);
        services.AddSingleton(options.Exits);
        services.AddSingleton(options.StrategiesOrDefault);
        services.AddSingleton(options.EntriesOrOpen);
        services.TryAddSingleton<Ports.IAiScoreSource>(Signals.NoModelAiScore.Instance);
        services.AddSingleton(options.RegimeOrOff);
        services.TryAddSingleton<Ports.IMacroSource>(Regime.NoMacroSource.Instance);
        services.AddSingleton<Regime.RegimeGate>();
        services.AddSingleton<HigherTimeframeFeed>();
        services.AddSingleton<EntrySizing>();
        services.AddSingleton(sp => new PositionBook(
            sp.GetRequiredService<Storage.ITradingStore>(), options.Plan.DustQuantity, sp.GetRequiredService<Ports.IBroker>()));
        // Built explicitly: the container would pick the IEnumerable<IRiskRule> constructor and inject no rule at all.
        services.AddSingleton(_ => new RiskManager());
        services.AddSingleton<EquityPeakTracker>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RiskSnapshotBuilder>(sp, options.Symbols));
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxPublisher>());
        services.AddSingleton<TradeRecorder>();
        services.AddSingleton<ExecuteTrade>();
        services.AddSingleton(options.SettlementOrDefault);
        services.AddSingleton<SettleOrders>();
        services.AddSingleton<CancelOpenOrders>();
        services.AddSingleton(options.ExchangeStopsOrOff);
        services.TryAddSingleton<Ports.IExchangeStops>(NoExchangeStops.Instance);
        services.AddSingleton<FiredStopRecorder>();
        services.AddSingleton<ExchangeStopKeeper>();
        services.AddSingleton<CheckProtectiveExits>();
        services.AddSingleton<ReconcileAccount>();
        services.AddSingleton<DeciderBook>();
        services.AddSingleton<TradingCycle>();
        services.AddSingleton(sp => new OrchestratorRegistry(
            options.Symbols.Select(symbol => ActivatorUtilities.CreateInstance<SymbolOrchestrator>(sp, symbol)).ToArray()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<HealthMonitor>(sp, options.Mode));
        services.AddSingleton(options.DmsOrOff);
        services.TryAddSingleton<Ports.IOrderCountdown>(Safety.NoOrderCountdown.Instance);
        services.AddSingleton<Safety.DeadMansSwitch>();
        services.AddSingleton<Safety.InstanceLockWatch>();
        services.AddSingleton<Telemetry.OrchestratorGauges>();
        return services;
    }
}
