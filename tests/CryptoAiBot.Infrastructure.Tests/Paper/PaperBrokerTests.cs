using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Paper;

public sealed class PaperBrokerTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Buys_at_the_ask_and_charges_the_fee_in_the_base_coin()
    {
        var broker = Create();

        var order = (await broker.PlaceMarketBuyAsync(Btc, 100m, Id("buy-1"), default)).Value;

        // floor(100 / 60010, 6) = 0.001666; spent 0.001666 × 60010 = 99.97666; fee 0.2% of 0.001666.
        var fill = Assert.Single(order.Fills);
        Assert.Equal(BrokerOrderState.Filled, order.State);
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal(60010m, fill.Price);
        Assert.Equal(0.001666m, fill.Quantity);
        Assert.Equal(0.000003332m, fill.Fee);
        Assert.Equal("BTC", fill.FeeAsset);
        Assert.Equal(Now, fill.Time);
        Assert.Equal(
            [new Balance("BTC", 0.001662668m, 0m), new Balance("USDT", 9900.02334m, 0m)],
            await Balances(broker));
    }

    [Fact]
    public async Task Sells_at_the_bid_and_charges_the_fee_in_the_quote()
    {
        var broker = Create();
        await broker.PlaceMarketBuyAsync(Btc, 100m, Id("buy-1"), default);

        var order = (await broker.PlaceMarketSellAsync(Btc, 0.001m, Id("sell-1"), default)).Value;

        // 0.001 × 59990 = 59.99; fee 0.2% = 0.11998 USDT; credited 59.87002.
        var fill = Assert.Single(order.Fills);
        Assert.Equal(59990m, fill.Price);
        Assert.Equal(0.001m, fill.Quantity);
        Assert.Equal(0.11998m, fill.Fee);
        Assert.Equal("USDT", fill.FeeAsset);
        Assert.Equal(
            [new Balance("BTC", 0.000662668m, 0m), new Balance("USDT", 9959.89336m, 0m)],
            await Balances(broker));
    }

    [Theory]
    [InlineData(OrderSide.Buy, "100.001", ErrorCode.InvalidPrecision)]
    [InlineData(OrderSide.Buy, "2.99", ErrorCode.BelowMinimum)]
    [InlineData(OrderSide.Buy, "0", ErrorCode.Validation)]
    [InlineData(OrderSide.Buy, "10000.01", ErrorCode.InsufficientBalance)]
    [InlineData(OrderSide.Sell, "0.0010001", ErrorCode.InvalidPrecision)]
    [InlineData(OrderSide.Sell, "0.00005", ErrorCode.BelowMinimum)] // worth 2.9995 USDT < 3
    [InlineData(OrderSide.Sell, "0.002", ErrorCode.InsufficientBalance)]
    public async Task Refuses_and_changes_nothing(OrderSide side, string amount, ErrorCode expected)
    {
        var broker = Create();
        broker.RestoreBalances([new Balance("USDT", 10000m, 0m), new Balance("BTC", 0.001m, 0m)]);
        var before = await Balances(broker);

        var result = side == OrderSide.Buy
            ? await broker.PlaceMarketBuyAsync(Btc, decimal.Parse(amount), Id("refused"), default)
            : await broker.PlaceMarketSellAsync(Btc, decimal.Parse(amount), Id("refused"), default);

        Assert.Equal(expected, result.Error?.Code);
        Assert.Equal(before, await Balances(broker));
        Assert.Equal(ErrorCode.NotFound, (await broker.GetOrderAsync(Btc, Id("refused"), default)).Error?.Code);
    }

    [Fact]
    public async Task Market_data_error_is_returned_and_nothing_changes()
    {
        var broker = new PaperBroker(new QuoteFeed(null), new PaperBrokerOptions(), new ManualTimeProvider(Now));

        var result = await broker.PlaceMarketBuyAsync(Btc, 100m, Id("buy-1"), default);

        Assert.Equal(ErrorCode.ExchangeUnavailable, result.Error?.Code);
        Assert.Equal([new Balance("USDT", 10000m, 0m)], await Balances(broker));
    }

    [Fact]
    public async Task Duplicate_client_order_id_returns_the_original_and_fills_once()
    {
        var broker = Create();
        var first = (await broker.PlaceMarketBuyAsync(Btc, 100m, Id("buy-1"), default)).Value;
        var afterFirst = await Balances(broker);

        var again = (await broker.PlaceMarketBuyAsync(Btc, 500m, Id("buy-1"), default)).Value;
        var asSell = (await broker.PlaceMarketSellAsync(Btc, 0.001m, Id("buy-1"), default)).Value;

        Assert.Same(first, again);
        Assert.Same(first, asSell);
        Assert.Equal(afterFirst, await Balances(broker));
    }

    [Fact]
    public async Task Finds_placed_orders_and_reports_unknown_ones_as_not_found()
    {
        var broker = Create();
        var placed = (await broker.PlaceMarketBuyAsync(Btc, 100m, Id("buy-1"), default)).Value;

        Assert.Same(placed, (await broker.GetOrderAsync(Btc, Id("buy-1"), default)).Value);
        Assert.Equal(ErrorCode.NotFound, (await broker.GetOrderAsync(Btc, Id("never-sent"), default)).Error?.Code);
    }

    [Fact]
    public async Task Concurrent_buys_never_overspend_and_get_unique_trade_ids()
    {
        var broker = Create();
        broker.RestoreBalances([new Balance("USDT", 95m, 0m)]);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => broker.PlaceMarketBuyAsync(Btc, 10m, Id($"buy-{i}"), default).AsTask())));

        var filled = results.Where(r => r.IsSuccess).Select(r => r.Value).ToList();
        Assert.Equal(9, filled.Count); // each needs 10 free and spends 9.9… : the tenth finds < 10 left
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal(ErrorCode.InsufficientBalance, r.Error?.Code));
        Assert.Equal(filled.Count, filled.Select(o => o.Fills[0].TradeId).Distinct().Count());
        var usdt = (await Balances(broker)).Single(b => b.Asset == "USDT");
        Assert.Equal(95m - filled.Sum(o => o.Fills[0].Notional), usdt.Free);
    }

    [Fact]
    public async Task Starts_with_the_configured_quote_and_restores_given_balances()
    {
        var broker = new PaperBroker(new QuoteFeed(Quote()), new PaperBrokerOptions(StartQuote: 250m), new ManualTimeProvider(Now));
        Assert.Equal([new Balance("USDT", 250m, 0m)], await Balances(broker));

        broker.RestoreBalances([new Balance("USDT", 12.5m, 0m), new Balance("ETH", 1.25m, 0m)]);

        Assert.Equal([new Balance("ETH", 1.25m, 0m), new Balance("USDT", 12.5m, 0m)], await Balances(broker));
    }

    private static PaperBroker Create() =>
        new(new QuoteFeed(Quote()), new PaperBrokerOptions(), new ManualTimeProvider(Now));

    private static Ticker Quote() => new(Btc, 59990m, 60010m, 60000m, Now);

    private static ClientOrderId Id(string value) => new(value);

    private static async Task<IReadOnlyList<Balance>> Balances(PaperBroker broker) =>
        (await broker.GetBalancesAsync(default)).Value;

    /// <summary>A fixed quote, or no quote at all when <c>null</c>.</summary>
    private sealed class QuoteFeed(Ticker? ticker) : IMarketData
    {
        public ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ticker is { } quote
                ? Result<Ticker>.Success(quote)
                : Result<Ticker>.Failure(ErrorCode.ExchangeUnavailable, "no quote"));

        public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
            Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success([]));
    }
}
