using System.Globalization;
using System.Text.Json.Serialization;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Signed account endpoints: balances, open orders grouped by pair, own trades and the countdown cancel.</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder spot)
    {
        spot.MapGet("/accounts", (HttpContext context, SimExchange sim) =>
        {
            var currency = new GateQuery(context.Request.Query).Text("currency");
            var account = GateCaller.Account(context);
            return GateJson.Ok(sim.Run(() => account.Balances
                .Where(b => currency is null || b.Key == currency)
                .Select(b => new BalanceView(b.Key, b.Value.Available, b.Value.Locked, account.UpdateId))
                .ToList()));
        });

        spot.MapGet("/open_orders", (HttpContext context, SimExchange sim) =>
        {
            var query = new GateQuery(context.Request.Query);
            var (pair, page, limit) = (query.Text("currency_pair"), query.Int("page"), query.Int("limit"));
            return query.Error is { } error
                ? GateJson.Error(error)
                : sim.Run(() => sim.Queries.OpenGrouped(GateCaller.Account(context), pair, page, limit)).Answer(groups => groups
                    .Select(g => new OpenOrdersView(g.CurrencyPair, g.Total.ToString(CultureInfo.InvariantCulture), [.. g.Orders.Select(o => OrderView.From(o, sim.Options))]))
                    .ToList());
        });

        spot.MapGet("/my_trades", (HttpContext context, SimExchange sim, FaultInjector faults) =>
        {
            var query = new GateQuery(context.Request.Query);
            var (pair, orderId, range, page, limit) =
                (query.Text("currency_pair"), query.Text("order_id"), query.Range(), query.Int("page"), query.Int("limit"));
            return query.Error is { } error
                ? GateJson.Error(error)
                : sim.Run(() => sim.Queries.MyTrades(GateCaller.Account(context), pair, orderId, range, page, limit, sim.Now, faults.LateTradesBy))
                    .Answer(trades => trades.Select(TradeView.From).ToList());
        });

        spot.MapPost("/countdown_cancel_all", async (HttpContext context, SimExchange sim) =>
        {
            var body = await RequestBody.ObjectAsync(context).ConfigureAwait(false);
            if (body.Failed)
            {
                return GateJson.Error(body.Error);
            }

            var (rawTimeout, pair) = (body.Value.Text("timeout"), body.Value.Text("currency_pair"));
            if (!int.TryParse(rawTimeout, NumberStyles.None, CultureInfo.InvariantCulture, out var timeout) || timeout is > 0 and < 5)
            {
                // Gate: at least 5 seconds, 0 disarms.
                return GateJson.Error(rawTimeout is null ? GateError.MissingParam("timeout") : GateError.InvalidParam("timeout", rawTimeout));
            }

            if (pair is not null && !sim.Markets.ContainsKey(pair))
            {
                return GateJson.Error(GateError.InvalidPair(pair));
            }

            var deadline = sim.Run(() => sim.Countdown.Arm(GateCaller.Account(context), pair, timeout, sim.Now));
            return GateJson.Ok(new TriggerTimeView(deadline is { } at ? GateJson.Ms(at) : 0));
        });
        return spot;
    }

    private sealed record BalanceView(string Currency, decimal Available, decimal Locked, long UpdateId);

    private sealed record OpenOrdersView(string CurrencyPair, string Total, IReadOnlyList<OrderView> Orders);

    private sealed record TriggerTimeView([property: JsonPropertyName("triggerTime")] long TriggerTime);
}
