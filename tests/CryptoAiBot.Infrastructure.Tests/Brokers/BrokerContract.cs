using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

/// <summary>
/// What every <see cref="IBroker"/> must do, whatever is behind it (the paper broker, the Gate.io client on the
/// simulator): balances move by exactly what the fills say, net of fees in the asset they were charged in; an order
/// is found again by its client order id with the same fills; a refusal changes nothing. Prices differ between
/// implementations, so the assertions are relations between reported numbers, checked to the last decimal.
/// </summary>
public abstract class BrokerContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private IBroker? _broker;

    protected IBroker Broker => _broker ?? throw new InvalidOperationException("Broker not created yet.");

    protected abstract Symbol Symbol { get; }

    /// <summary>A broker over a fresh account holding <paramref name="startQuote"/> of the quote asset and nothing else.</summary>
    protected abstract Task<IBroker> CreateAsync(decimal startQuote);

    public async Task InitializeAsync() => _broker = await CreateAsync(10_000m);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_instrument_rules_of_the_symbol_are_known()
    {
        var rules = await Broker.GetInstrumentRulesAsync(Symbol, None);

        Assert.True(rules.IsSuccess, rules.Error?.Message);
        Assert.True(rules.Value.MinQuoteAmount > 0m);
        Assert.InRange(rules.Value.AmountPrecision, 0, 18);
    }

    [Fact]
    public async Task A_market_buy_moves_balances_by_exactly_its_fills_net_of_fees()
    {
        var before = await BalancesAsync();

        var buy = await Broker.PlaceMarketBuyAsync(Symbol, 100m, new ClientOrderId("contract-buy-1"), None);

        Assert.True(buy.IsSuccess, buy.Error?.Message);
        var fills = buy.Value.Fills;
        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.Equal(OrderSide.Buy, f.Side));
        var spent = fills.Sum(f => f.Notional);
        Assert.InRange(spent, 0.01m, 100m);
        var after = await BalancesAsync();
        Assert.Equal(Total(before, Symbol.Quote) - spent - Fees(fills, Symbol.Quote), Total(after, Symbol.Quote));
        Assert.Equal(Total(before, Symbol.Base) + fills.Sum(f => f.Quantity) - Fees(fills, Symbol.Base), Total(after, Symbol.Base));
    }

    [Fact]
    public async Task A_market_sell_of_what_was_bought_moves_balances_by_exactly_its_fills_net_of_fees()
    {
        await Broker.PlaceMarketBuyAsync(Symbol, 200m, new ClientOrderId("contract-buy-2"), None);
        var rules = (await Broker.GetInstrumentRulesAsync(Symbol, None)).Value;
        var before = await BalancesAsync();
        var amount = rules.FloorAmount(Total(before, Symbol.Base) / 2m);

        var sell = await Broker.PlaceMarketSellAsync(Symbol, amount, new ClientOrderId("contract-sell-2"), None);

        Assert.True(sell.IsSuccess, sell.Error?.Message);
        var fills = sell.Value.Fills;
        Assert.Equal(amount, fills.Sum(f => f.Quantity));
        var after = await BalancesAsync();
        Assert.Equal(Total(before, Symbol.Base) - amount - Fees(fills, Symbol.Base), Total(after, Symbol.Base));
        Assert.Equal(Total(before, Symbol.Quote) + fills.Sum(f => f.Notional) - Fees(fills, Symbol.Quote), Total(after, Symbol.Quote));
    }

    [Fact]
    public async Task An_order_is_found_again_by_its_client_order_id_and_an_unknown_one_is_not_found()
    {
        var id = new ClientOrderId("contract-buy-3");
        var placed = (await Broker.PlaceMarketBuyAsync(Symbol, 50m, id, None)).Value;

        var found = await Broker.GetOrderAsync(Symbol, id, None);
        var unknown = await Broker.GetOrderAsync(Symbol, new ClientOrderId("contract-never-sent"), None);

        Assert.True(found.IsSuccess, found.Error?.Message);
        Assert.Equal(placed.ExchangeOrderId, found.Value.ExchangeOrderId);
        Assert.Equal(placed.Fills.Sum(f => f.Quantity), found.Value.Fills.Sum(f => f.Quantity));
        Assert.Equal(placed.Fills.Sum(f => f.Fee), found.Value.Fills.Sum(f => f.Fee));
        Assert.Equal(ErrorCode.NotFound, unknown.Error?.Code);
    }

    [Fact]
    public async Task A_buy_beyond_the_balance_or_below_the_minimum_is_refused_and_changes_nothing()
    {
        var before = await BalancesAsync();

        var tooMuch = await Broker.PlaceMarketBuyAsync(Symbol, 20_000m, new ClientOrderId("contract-too-much"), None);
        var tooLittle = await Broker.PlaceMarketBuyAsync(Symbol, 0.5m, new ClientOrderId("contract-too-little"), None);

        Assert.Equal(ErrorCode.InsufficientBalance, tooMuch.Error?.Code);
        Assert.Equal(ErrorCode.BelowMinimum, tooLittle.Error?.Code);
        Assert.Equal(Total(before, Symbol.Quote), Total(await BalancesAsync(), Symbol.Quote));
        Assert.Equal(Total(before, Symbol.Base), Total(await BalancesAsync(), Symbol.Base));
    }

    private static decimal Total(IReadOnlyList<Balance> balances, string asset) => balances.Where(b => b.Asset == asset).Sum(b => b.Total);

    private static decimal Fees(IEnumerable<Fill> fills, string asset) => fills.Where(f => f.FeeAsset == asset).Sum(f => f.Fee);

    private async Task<IReadOnlyList<Balance>> BalancesAsync()
    {
        var balances = await Broker.GetBalancesAsync(None);
        Assert.True(balances.IsSuccess, balances.Error?.Message);
        return balances.Value;
    }
}
