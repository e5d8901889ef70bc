using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>
/// The plain configuration — EMA 12/26 cross, RSI(14) &lt; 70 entry filter, 1,000 USDT per entry, sell on
/// the opposite cross or when the close is 3% below the entry fill, 0.2% fee per side, next-open fills,
/// everything else off — backtested through the product must match, trade for trade, a reference loop
/// written here from the rules alone, sharing no code with the product.
/// </summary>
public sealed class ReferenceLoopTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    [Fact]
    public async Task The_plain_configuration_reproduces_the_reference_loop_trade_for_trade_on_real_one_minute_candles()
    {
        var candles = CandleFiles.Load("data/binance_BTC-USDT_1m.csv");
        var settings = new BacktestSettings(
            BtcUsdt, new TradingPlan(Timeframe.M1, 1_000m, RiskLimits.None, 0.2m), new ExitPolicy(3m, 0m), 10_000m, 0.2m);
        await using var provider = BacktestComposition.Create(
            settings, _ => new RsiEntryFilter(new EmaCrossStrategy(12, 26), 14, 70d), candles[0].OpenTime);

        var report = await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, CancellationToken.None);
        var product = report.Trades.Select(t => $"{t.EntryTimeMs} {t.ExitTimeMs} {t.EntryPrice} {t.ExitPrice} {t.ExitReason}").ToArray();
        var reference = ReferenceLoop(candles);

        Assert.True(reference.Count > 100, $"only {reference.Count} reference trades");
        Assert.Equal(reference, product);
    }

    /// <summary>The rules as a trader would write them in a spreadsheet: one pass, no shared code.</summary>
    private static List<string> ReferenceLoop(Candle[] candles)
    {
        var trades = new List<string>();
        double fast = 0, slow = 0, avgGain = 0, avgLoss = 0;
        var rsiReady = false;
        decimal entryFill = 0m;
        long entryTime = 0;
        var inPosition = false;
        string? pending = null;

        for (var i = 0; i < candles.Length; i++)
        {
            var c = candles[i];
            if (pending is not null)
            {
                if (pending == "buy")
                {
                    entryFill = c.Open;
                    entryTime = c.OpenTime.ToUnixTimeMilliseconds();
                    inPosition = true;
                }
                else
                {
                    trades.Add($"{entryTime} {c.OpenTime.ToUnixTimeMilliseconds()} {entryFill} {c.Open} {pending}");
                    inPosition = false;
                }

                pending = null;
            }

            var close = (double)c.Close;
            var (prevFast, prevSlow) = (fast, slow);
            if (i == 0)
            {
                fast = slow = prevFast = prevSlow = close;
            }
            else
            {
                fast += 2d / 13 * (close - fast);
                slow += 2d / 27 * (close - slow);
                var change = close - (double)candles[i - 1].Close;
                var (gain, loss) = (Math.Max(change, 0), Math.Max(-change, 0));
                if (i <= 14)
                {
                    avgGain += gain / 14;
                    avgLoss += loss / 14;
                    rsiReady = i == 14;
                }
                else
                {
                    avgGain = (avgGain * 13 + gain) / 14;
                    avgLoss = (avgLoss * 13 + loss) / 14;
                }
            }

            var warm = i + 1 >= 27;
            var crossUp = warm && prevFast <= prevSlow && fast > slow;
            var crossDown = warm && prevFast >= prevSlow && fast < slow;
            var rsi = avgGain + avgLoss == 0 ? 50 : 100 * avgGain / (avgGain + avgLoss);
            if (inPosition && c.Close <= entryFill * 0.97m)
            {
                pending = "stop_loss";
            }
            else if (inPosition && crossDown)
            {
                pending = "exit_signal";
            }
            else if (!inPosition && crossUp && rsiReady && rsi < 70)
            {
                pending = "buy";
            }
        }

        return trades;
    }
}
