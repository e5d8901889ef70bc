using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoAiBot.Application.Tests.Reconciliation;

/// <summary>One of our orders in a random history: what the exchange did with it and how much of that our books know.</summary>
internal sealed record OrderHistory(OrderSide Side, decimal[] Trades, bool[] Known, bool OpenOnExchange, bool LocallyActive, bool ExchangeIdKnown, bool StopStyleText);

/// <summary>
/// A random account history for property tests of <see cref="Reconciler"/>: our orders (each traded 0–3 times, some of
/// those trades missing from our books, some orders finished on the exchange while still active in our books), foreign
/// open orders and trades, and base coin moved behind the bot's back. Also the model of carrying out the actions: what
/// <see cref="ReconcileAccount"/> does with the exchange's report of each named order.
/// </summary>
internal sealed record ReconcileHistory(OrderHistory[] Orders, int ForeignOpen, decimal[] ForeignTrades, decimal Injected)
{
    public static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public const decimal Tolerance = 0.000001m;
    public const decimal Price = 100m;

    public static ReconcilePolicy Policy => new(Tolerance, Now, TimeSpan.FromSeconds(20));

    private static readonly Gen<decimal> Amounts = Gen.Choose(1, 100_000).Select(n => n / 100_000m);

    private static readonly Gen<OrderHistory> OrderGen =
        from buy in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from count in Gen.Choose(0, 3)
        from trades in Gen.ArrayOf(Amounts, count)
        from known in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), count)
        from open in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from active in ArbMap.Default.GeneratorFor<bool>()
        from exchangeIdKnown in ArbMap.Default.GeneratorFor<bool>()
        from stopStyle in ArbMap.Default.GeneratorFor<bool>()
        select new OrderHistory(buy ? OrderSide.Buy : OrderSide.Sell, trades, known, open, open || active, exchangeIdKnown, stopStyle && exchangeIdKnown);

    /// <summary>Any history, drift injected or not.</summary>
    public static Arbitrary<ReconcileHistory> Any { get; } =
        (from count in Gen.Choose(0, 6)
         from orders in Gen.ArrayOf(OrderGen, count)
         from foreignOpen in Gen.Choose(0, 3)
         from foreignCount in Gen.Choose(0, 2)
         from foreignTrades in Gen.ArrayOf(Amounts, foreignCount)
         from injected in Gen.OneOf(Gen.Constant(0m), Gen.Choose(-2_000, 2_000).Select(n => n / 1_000_000_000m), Gen.Choose(-100_000, 100_000).Select(n => n / 100_000m))
         select new ReconcileHistory(orders, foreignOpen, foreignTrades, injected)).ToArbitrary();

    /// <summary>Histories whose books already agree with the exchange: every trade known, active exactly when open, no foreign trades, no injected drift.</summary>
    public static Arbitrary<ReconcileHistory> Agreeing { get; } =
        Any.Generator.Select(h => h with
        {
            Orders = [.. h.Orders.Select(o => o with { Known = [.. o.Known.Select(_ => true)], LocallyActive = o.OpenOnExchange })],
            ForeignTrades = [],
            Injected = 0m,
        }).ToArbitrary();

    public static ClientOrderId ClientId(int order) => new($"c{order:D21}");

    public static string ExchangeId(int order) => $"ex{order}";

    public static TradeId TradeIdOf(int order, int trade) => new($"t{order}-{trade}");

    /// <summary>The base effect of a trade as the position folds it: a buy's fee (0.2 %) is charged in base, a sell's in quote.</summary>
    public static decimal Effect(OrderSide side, decimal amount) => side == OrderSide.Buy ? amount - Fee(side, amount) : -amount;

    public static decimal Fee(OrderSide side, decimal amount) => side == OrderSide.Buy ? amount * 0.002m : amount * Price * 0.002m;

    public IReadOnlyList<ExchangeTrade> ExchangeTrades()
    {
        var trades = new List<ExchangeTrade>();
        for (var i = 0; i < Orders.Length; i++)
        {
            var order = Orders[i];
            for (var t = 0; t < order.Trades.Length; t++)
            {
                // An exchange stop's sell carries a source tag, not our id: found by the exchange order id alone.
                var text = order.StopStyleText ? "apiv4" : ClientId(i).Value;
                trades.Add(Trade(TradeIdOf(i, t), ExchangeId(i), text, order.Side, order.Trades[t], t));
            }
        }

        for (var f = 0; f < ForeignTrades.Length; f++)
        {
            trades.Add(Trade(new TradeId($"foreign-{f}"), $"fx{f}", f % 2 == 0 ? "web" : "apiv4", OrderSide.Buy, ForeignTrades[f], f));
        }

        return trades;
    }

    public ExchangeReport Exchange()
    {
        var open = new List<ExchangeOpenOrder>();
        for (var i = 0; i < Orders.Length; i++)
        {
            if (Orders[i].OpenOnExchange)
            {
                open.Add(new ExchangeOpenOrder(ExchangeId(i), ClientId(i).Value, Btc, Orders[i].Side, 1m, 0.5m, "BTC", Now.AddHours(-1)));
            }
        }

        for (var f = 0; f < ForeignOpen; f++)
        {
            open.Add(new ExchangeOpenOrder($"fo{f}", "web", Btc, OrderSide.Buy, 1m, 1m, "BTC", Now.AddHours(-1)));
        }

        var trades = ExchangeTrades();
        var balance = trades.Sum(t => Effect(t.Side, t.Amount)) + Injected;
        return new ExchangeReport(Btc, open, trades, balance);
    }

    public LocalBook Local()
    {
        var orders = new List<Order>();
        for (var i = 0; i < Orders.Length; i++)
        {
            var history = Orders[i];
            var fills = Enumerable.Range(0, history.Trades.Length)
                .Where(t => history.Known[t])
                .Select(t => Fill(i, t, history.Side, history.Trades[t]))
                .ToList();
            orders.Add(new Order
            {
                ClientOrderId = ClientId(i),
                Symbol = Btc,
                Side = history.Side,
                Intent = "entry",
                IdempotencyKey = $"key-{i}",
                Status = history.LocallyActive ? (fills.Count > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Open) : OrderStatus.Filled,
                ExchangeOrderId = history.ExchangeIdKnown ? ExchangeId(i) : null,
                Fills = fills,
                FilledBase = fills.Sum(f => f.Quantity),
                FilledQuote = fills.Sum(f => f.Notional),
                CreatedAt = Now.AddHours(-1),
                UpdatedAt = Now.AddHours(-1),
            });
        }

        return new LocalBook(Btc, orders, PositionOf(orders));
    }

    public static decimal PositionOf(IEnumerable<Order> orders) => orders.SelectMany(o => o.Fills).Sum(f => Effect(f.Side, f.Quantity));

    /// <summary>
    /// What <see cref="ReconcileAccount"/> does with the actions, modelled: each named order is read from the exchange (every
    /// trade of it) and recorded, a trade id once; a vanished order ends final.
    /// </summary>
    public static LocalBook Apply(LocalBook local, ExchangeReport exchange, IReadOnlyList<ReconcileAction> actions)
    {
        var orders = local.Orders.ToList();
        foreach (var action in actions)
        {
            var index = orders.FindIndex(o => o.ClientOrderId == action.Order.ClientOrderId);
            var order = orders[index];
            var exchangeId = ExchangeId(int.Parse(order.ClientOrderId.Value[1..], System.Globalization.CultureInfo.InvariantCulture));
            var reported = exchange.Trades.Where(t => t.ExchangeOrderId == exchangeId)
                .Select(t => new Fill(t.TradeId, order.ClientOrderId, Btc, t.Side, t.Price, t.Amount, t.Fee, t.FeeAsset, t.Time));
            var fills = order.Fills.Concat(reported.Where(f => !order.HasFill(f.TradeId))).ToList();
            orders[index] = order with
            {
                Fills = fills,
                ExchangeOrderId = exchangeId,
                Status = action is CloseVanished ? (fills.Count > 0 ? OrderStatus.Filled : OrderStatus.Canceled) : order.Status,
            };
        }

        return local with { Orders = orders, Position = PositionOf(orders) };
    }

    private static Fill Fill(int order, int trade, OrderSide side, decimal amount) =>
        new(TradeIdOf(order, trade), ClientId(order), Btc, side, Price, amount, Fee(side, amount), side == OrderSide.Buy ? "BTC" : "USDT", Now.AddMinutes(-30 + trade));

    private static ExchangeTrade Trade(TradeId id, string orderId, string text, OrderSide side, decimal amount, int index) =>
        new(id, orderId, text, Btc, side, Price, amount, Fee(side, amount), side == OrderSide.Buy ? "BTC" : "USDT", Now.AddMinutes(-30 + index));
}
