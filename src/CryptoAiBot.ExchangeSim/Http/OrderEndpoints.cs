using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Signed spot order endpoints: place, query (by id or <c>text</c>), list and cancel.</summary>
internal static class OrderEndpoints
{
    public static RouteGroupBuilder MapOrderEndpoints(this RouteGroupBuilder spot)
    {
        spot.MapPost("/orders", async (HttpContext context, SimExchange sim, FaultInjector faults) =>
        {
            var body = await RequestBody.ObjectAsync(context).ConfigureAwait(false);
            if (body.Failed)
            {
                return GateJson.Error(body.Error);
            }

            var json = body.Value;
            var request = new OrderRequest(
                json.Text("currency_pair"), json.Text("type"), json.Text("side"), json.Text("amount"), json.Text("price"),
                json.Text("time_in_force"), json.Text("account"), json.Text("text"));
            var account = GateCaller.Account(context);
            var placed = sim.Run(() =>
            {
                var valid = OrderValidator.Validate(request, sim.Markets);
                return valid.Failed ? valid.Error : sim.Spot.Place(account, valid.Value, sim.Now, PartialFill(valid.Value, faults)).Map(o => o.Snapshot());
            });
            return json.Text("action_mode") == "ACK"
                ? placed.Answer(o => new OrderView.Ack(o.Id, o.Text, "-"), StatusCodes.Status201Created)
                : placed.Answer(o => OrderView.From(o, sim.Options), StatusCodes.Status201Created);
        }).WithMetadata(new GateRoute(RateClass.Placement, Signed: true));

        spot.MapGet("/orders/{order_id}", (string order_id, HttpContext context, SimExchange sim, FaultInjector faults) =>
            WithPair(context, pair => sim.Run(() =>
                sim.Orders.Find(GateCaller.Account(context), pair, order_id, sim.Now, TextLookup(sim, faults)).Map(o => o.Snapshot())))
            .Answer(o => OrderView.From(o, sim.Options)));

        spot.MapDelete("/orders/{order_id}", (string order_id, HttpContext context, SimExchange sim, FaultInjector faults) =>
            WithPair(context, pair => sim.Run(() =>
            {
                var found = sim.Orders.Find(GateCaller.Account(context), pair, order_id, sim.Now, TextLookup(sim, faults));
                return found.Failed ? found.Error : sim.Spot.Cancel(found.Value, sim.Now).Map(o => o.Snapshot());
            }))
            .Answer(o => OrderView.From(o, sim.Options)))
            .WithMetadata(new GateRoute(RateClass.Cancellation, Signed: true));

        spot.MapDelete("/orders", (HttpContext context, SimExchange sim) =>
            WithPair(context, pair => sim.Run(() =>
                GateResult<IReadOnlyList<Ledger.SimOrder>>.Success(sim.Spot.CancelAll(GateCaller.Account(context), pair, context.Request.Query["side"].FirstOrDefault(), sim.Now))))
            .Answer(orders => orders.Select(o => OrderView.From(o, sim.Options)).ToList()))
            .WithMetadata(new GateRoute(RateClass.Cancellation, Signed: true));

        spot.MapGet("/orders", (HttpContext context, SimExchange sim) =>
        {
            var query = new GateQuery(context.Request.Query);
            var (pair, status, side, range, page, limit) =
                (query.Text("currency_pair"), query.Text("status"), query.Text("side"), query.Range(), query.Int("page"), query.Int("limit"));
            return query.Error is { } error
                ? GateJson.Error(error)
                : sim.Run(() => sim.Queries.Orders(GateCaller.Account(context), pair, status, side, range, page, limit))
                    .Answer(orders => orders.Select(o => OrderView.From(o, sim.Options)).ToList());
        });
        return spot;
    }

    /// <summary>A PartialFill fault for this placement: drawn (and counted) only for a valid market order, the kind it applies to.</summary>
    private static SimPartialFill? PartialFill(ValidOrder order, FaultInjector faults) =>
        order.Type == "market" && faults.Draw(SimFaultKind.PartialFill, "POST", "/spot/orders") is { FillFraction: { } fraction } rule
            ? new SimPartialFill(fraction, rule.DelayMs > 0 ? TimeSpan.FromMilliseconds(rule.DelayMs) : null)
            : null;

    /// <summary>The <c>currency_pair</c> query parameter these endpoints require, or MISSING_REQUIRED_PARAM.</summary>
    private static GateResult<T> WithPair<T>(HttpContext context, Func<string, GateResult<T>> action) =>
        new GateQuery(context.Request.Query).Text("currency_pair") is { } pair ? action(pair) : GateError.MissingParam("currency_pair");

    private static TimeSpan TextLookup(SimExchange sim, FaultInjector faults) =>
        faults.ForgetTextAfter is { } forget && forget < sim.Options.FinishedTextLookup ? forget : sim.Options.FinishedTextLookup;
}
