using System.Globalization;
using System.Text;
using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Application.Health;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Application.Commands;

/// <summary>
/// The read-only answers (status, PnL, position, balance, limits, health), computed by the same code as the HTTP
/// endpoints (<see cref="SymbolOrchestrator.GetStatusAsync"/>, <see cref="PnlCalculator"/>, <see cref="HealthMonitor"/>)
/// so Telegram and <c>/pnl/today</c> can never disagree.
/// </summary>
internal sealed class ChatReports(
    OrchestratorRegistry registry, HealthMonitor health, ITradingStore store, IBroker broker, TradingPlan plan, TimeProvider time)
{
    public async Task<string> StatusAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken).ConfigureAwait(false);
        var html = new StringBuilder($"<b>Status</b> ({HtmlText.Escape(report.Mode)}, health {HtmlText.Escape(report.Status)})");
        foreach (var orchestrator in registry.All)
        {
            var status = await orchestrator.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var today = await TodayAsync(orchestrator, cancellationToken).ConfigureAwait(false);
            html.Append("\n<b>").Append(HtmlText.Escape(status.Symbol)).Append("</b>: ").Append(HtmlText.Escape(status.State));
            if (status.PauseReason is { } reason)
            {
                html.Append(" (").Append(HtmlText.Escape(reason)).Append(')');
            }

            html.Append("\nposition <code>").Append(Number(status.PositionBase)).Append("</code>");
            if (status.PositionBase > 0)
            {
                html.Append(" @ <code>").Append(Number(status.AverageEntryPrice)).Append("</code>");
            }

            html.Append(", PnL today <code>").Append(Number(today.RealizedPnlQuote)).Append("</code>, orders today ").Append(today.OrderCount);
        }

        return html.ToString();
    }

    public async Task<string> TodayAsync(CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<b>Today</b> (since 00:00 UTC)");
        decimal total = 0m;
        foreach (var orchestrator in registry.All)
        {
            var today = await TodayAsync(orchestrator, cancellationToken).ConfigureAwait(false);
            total += today.RealizedPnlQuote;
            html.Append("\n<b>").Append(HtmlText.Escape(today.Symbol)).Append("</b>: realized PnL <code>").Append(Number(today.RealizedPnlQuote))
                .Append("</code>, fees <code>").Append(Number(today.FeesQuote)).Append("</code>, turnover <code>").Append(Number(today.TurnoverQuote))
                .Append("</code>, orders ").Append(today.OrderCount);
        }

        return html.Append("\nTotal realized PnL: <code>").Append(Number(total)).Append("</code>").ToString();
    }

    public async Task<string> PnlAsync(CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<b>PnL</b> (FIFO, fees included)");
        var now = time.GetUtcNow();
        foreach (var orchestrator in registry.All)
        {
            var fills = await store.GetFillsAsync(orchestrator.Symbol, cancellationToken).ConfigureAwait(false);
            var today = PnlCalculator.ForPeriod(orchestrator.Symbol, fills, DayStart(now), now.AddTicks(1), plan.DustQuantity);
            var all = PnlCalculator.ForPeriod(orchestrator.Symbol, fills, DateTimeOffset.MinValue, now.AddTicks(1), plan.DustQuantity);
            html.Append("\n<b>").Append(HtmlText.Escape(orchestrator.Symbol.ToString())).Append("</b>");
            foreach (var (label, report) in new[] { ("today", today), ("all time", all) })
            {
                var winRate = report.ClosedRoundTrips == 0 ? "—" : (100m * report.WinningRoundTrips / report.ClosedRoundTrips).ToString("0.#", CultureInfo.InvariantCulture) + "%";
                html.Append('\n').Append(label).Append(": realized <code>").Append(Number(report.RealizedPnlQuote))
                    .Append("</code>, fees <code>").Append(Number(report.FeesQuote)).Append("</code>, turnover <code>").Append(Number(report.TurnoverQuote))
                    .Append("</code>, orders ").Append(report.OrderCount).Append(", round trips ").Append(report.ClosedRoundTrips).Append(", win rate ").Append(winRate);
            }
        }

        return html.ToString();
    }

    public async Task<string> PositionAsync(CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<b>Positions</b>");
        foreach (var orchestrator in registry.All)
        {
            var status = await orchestrator.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            html.Append("\n<b>").Append(HtmlText.Escape(status.Symbol)).Append("</b>: ");
            html.Append(status.PositionBase > 0
                ? $"<code>{Number(status.PositionBase)}</code> {HtmlText.Escape(orchestrator.Symbol.Base)} @ <code>{Number(status.AverageEntryPrice)}</code> (cost <code>{Number(status.PositionBase * status.AverageEntryPrice)}</code> {HtmlText.Escape(orchestrator.Symbol.Quote)})"
                : "flat");
            html.Append(", realized <code>").Append(Number(status.RealizedPnl)).Append("</code>");
        }

        return html.ToString();
    }

    public async Task<string> BalanceAsync(CancellationToken cancellationToken)
    {
        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return "⚠️ Balances unavailable: " + HtmlText.Escape(balances.Error.Message);
        }

        var html = new StringBuilder("<b>Balances</b>");
        var held = balances.Value.Where(b => b.Total != 0m).OrderBy(b => b.Asset, StringComparer.Ordinal).ToList();
        foreach (var balance in held)
        {
            html.Append('\n').Append(HtmlText.Escape(balance.Asset)).Append(": <code>").Append(Number(balance.Free)).Append("</code> free");
            if (balance.Locked != 0m)
            {
                html.Append(", <code>").Append(Number(balance.Locked)).Append("</code> locked");
            }
        }

        return held.Count == 0 ? "<b>Balances</b>\nnothing held" : html.ToString();
    }

    public async Task<string> LimitsAsync(CancellationToken cancellationToken)
    {
        var limits = plan.Limits;
        decimal realized = 0m, turnover = 0m;
        var orders = 0;
        var positions = new List<(string Symbol, decimal Base)>();
        foreach (var orchestrator in registry.All)
        {
            var today = await TodayAsync(orchestrator, cancellationToken).ConfigureAwait(false);
            realized += today.RealizedPnlQuote;
            turnover += today.TurnoverQuote;
            orders += today.OrderCount;
            positions.Add((orchestrator.Symbol.ToString(), (await orchestrator.GetStatusAsync(cancellationToken).ConfigureAwait(false)).PositionBase));
        }

        var html = new StringBuilder("<b>Risk limits</b> (0 = off; usage today UTC)");
        html.Append("\ndaily loss: <code>").Append(Number(Math.Max(0m, -realized))).Append("</code> of ").Append(Limit(limits.DailyLossLimitQuote));
        html.Append("\norders per day: <code>").Append(orders).Append("</code> of ").Append(Limit(limits.MaxOrdersPerDay));
        html.Append("\nturnover per day: <code>").Append(Number(turnover)).Append("</code> of ").Append(Limit(limits.MaxTurnoverPerDayQuote));
        foreach (var (symbol, position) in positions)
        {
            html.Append("\nposition ").Append(HtmlText.Escape(symbol)).Append(": <code>").Append(Number(position)).Append("</code> of ").Append(Limit(limits.MaxPositionBase));
        }

        html.Append("\norders per hour ").Append(Limit(limits.MaxOrdersPerHour)).Append(", per 5 min ").Append(Limit(limits.MaxOrders5m))
            .Append(", turnover per 5 min ").Append(Limit(limits.MaxTurnover5mQuote));
        html.Append("\ncooldown ").Append(Limit((decimal)limits.Cooldown.TotalSeconds)).Append(" s, max spread ").Append(Limit(limits.MaxSpreadPct))
            .Append("%, max drawdown ").Append(Limit(limits.MaxDrawdownPct)).Append("%, loss streak ").Append(Limit(limits.LossStreakMax))
            .Append(", max fee ").Append(Limit(limits.MaxFeePct)).Append("%, max slippage ").Append(Limit(limits.MaxSlippagePct))
            .Append("%, max correlation ").Append(Limit(limits.MaxCorrelation));
        return html.ToString();
    }

    public async Task<string> HealthAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken).ConfigureAwait(false);
        var icon = report.Status switch { ComponentHealth.Ok => "💚", ComponentHealth.Degraded => "🟡", _ => "🔴" };
        var html = new StringBuilder($"{icon} <b>Health {HtmlText.Escape(report.Status)}</b>, {(report.IsReady ? "ready" : "not ready")}");
        foreach (var (name, component) in report.Components.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            html.Append('\n').Append(component.IsOk ? "✓ " : "✗ ").Append("<code>").Append(HtmlText.Escape(name)).Append("</code> ")
                .Append(HtmlText.Escape(component.Status)).Append(": ").Append(HtmlText.Escape(component.Detail));
        }

        return html.ToString();
    }

    private async Task<PnlReport> TodayAsync(SymbolOrchestrator orchestrator, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fills = await store.GetFillsAsync(orchestrator.Symbol, cancellationToken).ConfigureAwait(false);
        return PnlCalculator.ForPeriod(orchestrator.Symbol, fills, DayStart(now), now.AddTicks(1), plan.DustQuantity);
    }

    private static DateTimeOffset DayStart(DateTimeOffset now) => new(now.UtcDateTime.Date, TimeSpan.Zero);

    private static string Limit(decimal value) => value > 0 ? "<code>" + Number(value) + "</code>" : "off";

    internal static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
