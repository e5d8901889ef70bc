using System.Globalization;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Signed <c>/spot/price_orders</c> endpoints: create, list (open|finished), get, cancel one, cancel all.</summary>
internal static class PriceOrderEndpoints
{
    public static RouteGroupBuilder MapPriceOrderEndpoints(this RouteGroupBuilder spot)
    {
        spot.MapPost("/price_orders", async (HttpContext context, SimExchange sim) =>
        {
            var body = await RequestBody.ObjectAsync(context).ConfigureAwait(false);
            if (body.Failed)
            {
                return GateJson.Error(body.Error);
            }

            var (trigger, put) = (body.Value.Child("trigger"), body.Value.Child("put"));
            var expiration = long.TryParse(trigger.Text("expiration"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) ? seconds : (long?)null;
            var request = new PriceOrderRequest(
                body.Value.Text("market"), trigger.Text("price"), trigger.Text("rule"), expiration,
                put.Text("type"), put.Text("side"), put.Text("price"), put.Text("amount"), put.Text("account"), put.Text("time_in_force"), put.Text("text"));
            var account = GateCaller.Account(context);
            return sim.Run(() => sim.PriceOrders.Create(account, request, sim.Now).Map(o => o.Id))
                .Answer(id => new PriceOrderView.Created(id), StatusCodes.Status201Created);
        });

        spot.MapGet("/price_orders", (HttpContext context, SimExchange sim) =>
        {
            var query = new GateQuery(context.Request.Query);
            var (status, market, limit, offset) = (query.Text("status"), query.Text("market"), query.Int("limit") ?? 100, query.Int("offset") ?? 0);
            var error = query.Error
                ?? (status is not ("open" or "finished") ? GateError.InvalidParam("status", status) : null)
                ?? (limit is < 1 or > 100 ? GateError.InvalidParam("limit", limit.ToString(CultureInfo.InvariantCulture)) : null)
                ?? (offset < 0 ? GateError.InvalidParam("offset", offset.ToString(CultureInfo.InvariantCulture)) : null);
            if (error is not null)
            {
                return GateJson.Error(error);
            }

            var account = GateCaller.Account(context);
            var orders = sim.Run(() => sim.PriceOrders.All
                .Where(o => o.Account == account && o.IsOpen == (status == "open") && (market is null || o.Market == market))
                .OrderByDescending(o => o.Id)
                .Skip(offset)
                .Take(limit)
                .Select(o => o.Snapshot())
                .ToList());
            return GateJson.Ok(orders.Select(o => PriceOrderView.From(o, account.Options.Uid)).ToList());
        });

        spot.MapGet("/price_orders/{order_id}", (string order_id, HttpContext context, SimExchange sim) =>
            Answer(context, sim.Run(() => sim.PriceOrders.Find(GateCaller.Account(context), order_id).Map(o => o.Snapshot()))));

        spot.MapDelete("/price_orders/{order_id}", (string order_id, HttpContext context, SimExchange sim) =>
            Answer(context, sim.Run(() => sim.PriceOrders.Find(GateCaller.Account(context), order_id).Map(o => sim.PriceOrders.Cancel(o, sim.Now).Snapshot()))));

        spot.MapDelete("/price_orders", (HttpContext context, SimExchange sim) =>
        {
            var market = new GateQuery(context.Request.Query).Text("market");
            var account = GateCaller.Account(context);
            var cancelled = sim.Run(() => sim.PriceOrders.All
                .Where(o => o.Account == account && o.IsOpen && (market is null || o.Market == market))
                .ToList()
                .Select(o => sim.PriceOrders.Cancel(o, sim.Now).Snapshot())
                .ToList());
            return GateJson.Ok(cancelled.Select(o => PriceOrderView.From(o, account.Options.Uid)).ToList());
        });
        return spot;
    }

    private static IResult Answer(HttpContext context, GateResult<SimPriceOrder> result) =>
        result.Answer(o => PriceOrderView.From(o, GateCaller.Account(context).Options.Uid));
}
