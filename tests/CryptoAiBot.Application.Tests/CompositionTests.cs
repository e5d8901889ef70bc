using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Application.Tests;

/// <summary>What <c>AddApplication</c> builds, resolved from a real container.</summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task The_composed_risk_manager_runs_every_built_in_rule()
    {
        var settings = new BacktestSettings(
            Symbol.Parse("BTC/USDT"), new TradingPlan(Timeframe.M1, 100m, RiskLimits.None, 0.2m), ExitPolicy.Default, 1_000m, 0.2m);
        await using var provider = BacktestComposition.Create(settings, _ => new EmaCrossStrategy(), DateTimeOffset.UnixEpoch);

        var manager = provider.GetRequiredService<RiskManager>();

        Assert.Equal(RiskManager.AllRules().Select(r => r.Name), manager.Rules.Select(r => r.Name));
        Assert.Equal(14, manager.Rules.Count);
    }
}
