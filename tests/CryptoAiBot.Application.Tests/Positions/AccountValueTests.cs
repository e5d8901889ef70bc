using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Tests.Positions;

public sealed class AccountValueTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly Balance[] Balances = [new("USDT", 900m, 100m), new("BTC", 0.5m, 0m), new("ETH", 3m, 0m)];

    [Fact]
    public void Free_quote_excludes_what_is_locked_and_equity_values_the_base_at_the_bid()
    {
        var value = AccountValue.Of(Balances, Btc, positionQuantity: 0.5m, bid: 20_000m);

        // 1,000 USDT in all plus 0.5 BTC at 20,000; other assets do not count for this market.
        Assert.Equal(new AccountValue(900m, 11_000m), value);
    }

    [Fact]
    public void A_recorded_position_larger_than_the_exchange_balance_still_counts()
    {
        var value = AccountValue.Of(Balances, Btc, positionQuantity: 0.75m, bid: 20_000m);

        Assert.Equal(16_000m, value.Equity);
    }
}
