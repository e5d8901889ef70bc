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

    [Fact]
    public void Ids_are_equal_by_value_whatever_string_instance_they_were_made_from()
    {
        var id = new ClientOrderId("c-abc.1");
        var same = new ClientOrderId(string.Concat("c-abc", ".1"));

        Assert.Equal(id, same);
        Assert.Equal(id.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(id, new ClientOrderId("c-abc.2"));
        Assert.NotEqual(id, default);
        Assert.Equal(default(ClientOrderId), default);
        Assert.Single(new HashSet<ClientOrderId> { id, same });
    }
}
