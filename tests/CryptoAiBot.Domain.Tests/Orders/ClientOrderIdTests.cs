using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Tests.Orders;

/// <summary>Client order ids fit Gate.io's text field: 1–28 characters of <c>[0-9A-Za-z_.-]</c>.</summary>
public sealed class ClientOrderIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("entry-BTC_USDT.1700000000-pf")]
    [InlineData("0123456789012345678901234567")]
    public void Accepts_ids_gate_io_accepts(string value)
    {
        Assert.Equal(value, new ClientOrderId(value).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("01234567890123456789012345678")]
    [InlineData("has space")]
    [InlineData("BTC/USDT")]
    [InlineData("ключ")]
    public void Refuses_ids_gate_io_would_reject(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new ClientOrderId(value));

        Assert.Contains("1-28 characters", error.Message, StringComparison.Ordinal);
    }
}
