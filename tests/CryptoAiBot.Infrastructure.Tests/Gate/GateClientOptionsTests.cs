using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>The client's options from the bot's settings.</summary>
public sealed class GateClientOptionsTests
{
    [Theory]
    [InlineData("", "https://api.gateio.ws/api/v4")]
    [InlineData("http://127.0.0.1:5005", "http://127.0.0.1:5005/api/v4")]
    [InlineData("http://127.0.0.1:5005/", "http://127.0.0.1:5005/api/v4")]
    [InlineData("http://sim.local:8080/api/v4/", "http://sim.local:8080/api/v4")]
    [InlineData("http://sim.local/gate/api/v4", "http://sim.local/gate/api/v4")]
    public void Exchange_url_gets_gates_api_prefix_when_it_names_only_a_host(string exchangeUrl, string baseUrl)
    {
        var options = GateClientOptions.From(
            new BrokerOptions { HttpTimeout = TimeSpan.FromSeconds(3), RateRps = 2.5m, RateBurst = 4 },
            new TradingOptions { ExchangeUrl = exchangeUrl });

        Assert.Equal(baseUrl, options.BaseUrl.ToString());
        Assert.Equal((TimeSpan.FromSeconds(3), 2.5m, 4), (options.HttpTimeout, options.RateRps, options.RateBurst));
    }
}
