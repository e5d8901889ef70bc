using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Infrastructure.Reporting;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Infrastructure.Tests.Reporting;

/// <summary>The report of a real backtest (EMA 12/26 over the first 5,000 shared one-minute candles).</summary>
public sealed class BacktestHtmlReportRealDataTests
{
    [Fact]
    public async Task A_real_backtest_renders_every_trade_and_both_charts_identically_twice()
    {
        var first = BacktestHtmlReport.Render(await RunAsync());
        var report = await RunAsync();
        var second = BacktestHtmlReport.Render(report);

        Assert.True(report.Trades.Count > 10, $"only {report.Trades.Count} trades");
        Assert.Equal(report.Trades.Count + 1, HtmlShape.Count(HtmlShape.Element(second, "table", "trades"), "tr"));
        Assert.Equal(2, HtmlShape.Count(second, "svg"));
        Assert.Contains($"Trades ({report.Trades.Count})", second, StringComparison.Ordinal);
        Assert.Null(HtmlShape.FirstImbalance(second));
        Assert.Equal(first, second);
    }

    private static async Task<BacktestReport> RunAsync()
    {
        var candles = CandleFiles.Load("data/binance_BTC-USDT_1m.csv", take: 5_000);
        var settings = new BacktestSettings(
            Symbol.Parse("BTC/USDT"), new TradingPlan(Timeframe.M1, 1_000m, RiskLimits.None, 0.2m), new ExitPolicy(3m, 0m), 10_000m, 0.2m);
        await using var provider = BacktestComposition.Create(settings, _ => new EmaCrossStrategy(12, 26), candles[0].OpenTime);
        return await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, CancellationToken.None);
    }
}
