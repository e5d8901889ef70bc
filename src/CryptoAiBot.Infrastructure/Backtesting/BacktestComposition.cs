using CryptoAiBot.Application;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.Messaging;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Infrastructure.Backtesting;

/// <summary>
/// Wires a backtest with the application layer's own registrations (<c>AddApplication</c>, as the host
/// does), replacing only the ports: simulated time, replayed prices, the paper broker, in-memory
/// storage and a discarding bus. Nothing else differs from paper and live.
/// </summary>
public static class BacktestComposition
{
    /// <summary>Builds a provider whose <see cref="BacktestEngine"/> runs one backtest; dispose it afterwards.</summary>
    public static ServiceProvider Create(BacktestSettings settings, StrategyFactory strategies, DateTimeOffset start)
    {
        var clock = new BacktestClock(start);
        var prices = new ReplayPrices(settings.Symbol, settings.SlippageBps, clock);
        var broker = new PaperBroker(prices, new PaperBrokerOptions(settings.StartQuote, settings.FeePct, settings.Symbol.Quote), clock);

        // An intent is one order per candle at most, so the key bucket is one millisecond of simulated time.
        var execution = new ExecutionPolicy(TimeSpan.FromMilliseconds(1), settings.Plan.Timeframe.Duration);
        var options = new ApplicationOptions(
            "backtest", [settings.Symbol], settings.Plan, OrchestratorSchedule.Default, execution, settings.Exits, strategies, settings.Entries);

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(clock);
        services.AddSingleton(prices);
        services.AddSingleton<IMarketData>(prices);
        services.AddSingleton<IBroker>(broker);
        services.AddSingleton<ITradingStore>(TradingStoreFactory.InMemory());
        services.AddSingleton<IEventBus, DiscardingEventBus>();
        services.AddSingleton<IInstanceLock, ProcessLocalInstanceLock>();
        services.AddApplication(options);
        services.AddSingleton(settings);
        services.AddSingleton<BacktestEngine>();
        return services.BuildServiceProvider();
    }
}
