using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Tests.Execution;

/// <summary>
/// Golden values of the key and client order id derivation: ids already sent to an exchange are found again
/// by recomputing them, so a faster implementation must produce exactly these.
/// </summary>
public sealed class IntentKeyTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 30, TimeSpan.Zero);

    [Theory]
    [InlineData(OrderSide.Buy, "entry", 60_000, "BTC/USDT|buy|entry|60000|29453760", "ctujoenj7dzeea55njrk52")]
    [InlineData(OrderSide.Sell, "stop_loss", 1, "BTC/USDT|sell|stop_loss|1|1767225630000", "ciorj2hs26cwrquvbqs5xp")]
    public void Key_and_client_order_id_keep_their_golden_values(OrderSide side, string intent, int bucketMs, string key, string id)
    {
        var made = IntentKey.For(BtcUsdt, side, intent, At, TimeSpan.FromMilliseconds(bucketMs));

        Assert.Equal(key, made);
        Assert.Equal(id, IntentKey.ClientOrderIdFor(made).Value);
    }

    [Fact]
    public void Long_non_ascii_intent_hashes_its_utf8_bytes_like_a_short_one()
    {
        var key = IntentKey.For(BtcUsdt, OrderSide.Sell, new string('x', 300) + "é", At, TimeSpan.FromMilliseconds(1));

        Assert.Equal(331, key.Length);
        Assert.Equal("cneue6wpe3dax24fkqmfc3", IntentKey.ClientOrderIdFor(key).Value);
    }
}
