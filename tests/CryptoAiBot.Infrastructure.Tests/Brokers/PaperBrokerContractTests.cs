using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

public sealed class PaperBrokerContractTests : BrokerContract
{
    protected override Symbol Symbol { get; } = Symbol.Parse("BTC/USDT");

    protected override Task<IBroker> CreateAsync(decimal startQuote)
    {
        var time = new ManualTimeProvider();
        var prices = new ControllableMarketData(time, 60_000m, spread: 20m);
        return Task.FromResult<IBroker>(new PaperBroker(prices, new PaperBrokerOptions(startQuote, 0.2m, "USDT"), time));
    }
}
