using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Application.Tests.Reconciliation.ReconcileHistory;

namespace CryptoAiBot.Application.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static OrderHistory Buy(decimal[] trades, bool[] known, bool open = false, bool active = false, bool exchangeIdKnown = true, bool stopText = false) =>
        new(OrderSide.Buy, trades, known, open, open || active, exchangeIdKnown, stopText);

    [Fact]
    public void A_trade_of_our_order_missing_from_its_fills_is_applied_and_explains_the_drift()
    {
        var history = new ReconcileHistory([Buy([0.5m, 0.25m], [true, false])], 0, [], 0m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        var action = Assert.IsType<ApplyMissedFills>(Assert.Single(result.Actions));
        Assert.Equal(TradeIdOf(0, 1), Assert.Single(action.MissedTrades).TradeId);
        Assert.Equal(0.25m - 0.0005m, action.BaseEffect);
        Assert.True(result.Drift.Explained);
        Assert.Equal(0m, result.Drift.Difference);
        Assert.Null(result.Pause);
    }

    [Fact]
    public void An_order_active_in_our_books_but_not_open_on_the_exchange_is_closed_with_its_trades()
    {
        var history = new ReconcileHistory([Buy([0.1m], [false], active: true, exchangeIdKnown: false)], 0, [], 0m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        var action = Assert.IsType<CloseVanished>(Assert.Single(result.Actions));
        Assert.Equal(ClientId(0), action.Order.ClientOrderId);
        Assert.Single(action.MissedTrades);
        Assert.Null(result.Pause);
        Assert.Equal(1, result.VanishedOrders);
    }

    [Fact]
    public void An_order_whose_trades_are_not_listed_yet_holds_the_drift_verdict_back_instead_of_pausing()
    {
        // Gate shows the order finished and the coin in the balance, but lists its trade late.
        var history = new ReconcileHistory([Buy([], [], active: true)], 0, [], 0.1m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        var action = Assert.IsType<CloseVanished>(Assert.Single(result.Actions));
        Assert.Empty(action.MissedTrades);
        Assert.Equal(0.1m, result.Drift.Difference);
        Assert.True(result.Drift.IsUnexplained);
        Assert.Null(result.Pause);
    }

    [Fact]
    public void An_order_open_on_the_exchange_is_not_vanished_and_a_foreign_one_is_only_reported()
    {
        var history = new ReconcileHistory([Buy([0.1m], [true], open: true)], 2, [], 0m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        Assert.Empty(result.Actions);
        Assert.Equal(2, result.ForeignOrders.Count);
        Assert.All(result.ForeignOrders, o => Assert.Equal("web", o.ClientText));
        Assert.True(result.IsClean);
    }

    [Fact]
    public void A_stop_sell_without_our_id_in_its_text_is_matched_by_the_exchange_order_id()
    {
        var history = new ReconcileHistory([Buy([0.2m], [false], stopText: true)], 0, [], 0m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        Assert.IsType<ApplyMissedFills>(Assert.Single(result.Actions));
        Assert.Empty(result.UnmatchedTrades);
    }

    [Fact]
    public void A_manual_trade_on_the_exchange_is_unmatched_and_its_drift_pauses_with_the_reason()
    {
        var history = new ReconcileHistory([Buy([0.1m], [true])], 0, [0.3m], 0m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        Assert.Empty(result.Actions);
        Assert.Single(result.UnmatchedTrades);
        Assert.NotNull(result.Pause);
        Assert.Contains("1 trade(s) on the exchange belong to no order of ours", result.Pause.Reason, StringComparison.Ordinal);
        Assert.Equal(0.3m - 0.0006m, result.Drift.Difference);
    }

    [Theory]
    [InlineData("0.000001", false)]
    [InlineData("-0.000001", false)]
    [InlineData("0.0000011", true)]
    [InlineData("-0.0000011", true)]
    public void Drift_pauses_only_beyond_the_tolerance(string injected, bool pauses)
    {
        var history = new ReconcileHistory([Buy([0.1m], [true])], 0, [], decimal.Parse(injected, System.Globalization.CultureInfo.InvariantCulture));

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy);

        Assert.Equal(pauses, result.Pause is not null);
        Assert.Empty(result.Actions);
    }

    [Fact]
    public void Coin_an_operator_accepted_as_not_the_bots_is_no_drift()
    {
        var history = new ReconcileHistory([Buy([0.1m], [true])], 0, [], 0.5m);

        var result = Reconciler.Reconcile(history.Local(), history.Exchange(), Policy with { AcceptedOffset = 0.5m });

        Assert.Null(result.Pause);
        Assert.Equal(0m, result.Drift.Difference);
    }

    [Fact]
    public void A_trade_listed_twice_by_the_exchange_is_named_once()
    {
        var history = new ReconcileHistory([Buy([0.1m], [false])], 0, [], 0m);
        var exchange = history.Exchange();
        var doubled = exchange with { Trades = [.. exchange.Trades, .. exchange.Trades], BaseBalance = exchange.BaseBalance };

        var result = Reconciler.Reconcile(history.Local(), doubled, Policy);

        Assert.Single(Assert.Single(result.Actions).MissedTrades);
        Assert.Null(result.Pause);
    }

    [Fact]
    public void A_sell_fee_charged_in_base_debits_it_as_the_position_does()
    {
        var sell = new ExchangeTrade(new TradeId("s"), "x", "c", Btc, OrderSide.Sell, 100m, 1m, 0.01m, "btc", Now);

        Assert.Equal(-1.01m, Reconciler.BaseEffect([sell], "BTC"));
    }
}
