using CryptoAiBot.Testing;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>
/// A simulator on 127.0.0.1:0 with a manual clock and prices that move only when a test says so. The book around
/// BTC_USDT at 60000: asks 60006, 60036, 60066…, bids 59994, 59964…, 0.05 BTC each.
/// </summary>
public sealed class SimRig : IAsyncDisposable
{
    public const string Key = "k1";
    public const string Secret = "s1";
    public const string OtherKey = "k2";
    public const string Pair = "BTC_USDT";

    private SimRig(GateSimulator simulator, ManualTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
        Client = new GateTestClient(simulator, Key, Secret, time);
        Other = new GateTestClient(simulator, OtherKey, "s2", time);
    }

    public GateSimulator Simulator { get; }

    public ManualTimeProvider Time { get; }

    public GateTestClient Client { get; }

    public GateTestClient Other { get; }

    public static GateSimulatorOptions DefaultOptions { get; } = new()
    {
        AutoAdvance = false,
        HistoryDays = 3,
        Seed = 42,
        Pairs =
        [
            new() { Id = Pair, Precision = 1, AmountPrecision = 6, MinBaseAmount = 0.00001m, MinQuoteAmount = 3m, StartPrice = 60_000m, LevelSize = 0.05m },
            new() { Id = "ETH_USDT", Precision = 2, AmountPrecision = 4, MinBaseAmount = 0.0001m, MinQuoteAmount = 3m, StartPrice = 3_000m, LevelSize = 1m },
        ],
        Accounts =
        [
            new() { Key = Key, Secret = Secret, Uid = 1001, Balances = new Dictionary<string, decimal> { ["USDT"] = 100_000m, ["BTC"] = 10m } },
            new() { Key = OtherKey, Secret = "s2", Uid = 1002, Balances = new Dictionary<string, decimal> { ["USDT"] = 1_000m } },
        ],
    };

    public static async Task<SimRig> StartAsync(Func<GateSimulatorOptions, GateSimulatorOptions>? configure = null)
    {
        var time = new ManualTimeProvider();
        var options = configure?.Invoke(DefaultOptions) ?? DefaultOptions;
        var simulator = await GateSimulator.StartAsync(options, time, CancellationToken.None);
        return new SimRig(simulator, time);
    }

    /// <summary>Places an order and returns the answer (201 with the Order on success).</summary>
    public Task<GateResponse> PlaceAsync(string side, string amount, string? price = null, string type = "limit", string? timeInForce = null, string? text = null, string pair = Pair)
    {
        var body = new Dictionary<string, string> { ["currency_pair"] = pair, ["type"] = type, ["account"] = "spot", ["side"] = side, ["amount"] = amount };
        if (price is not null)
        {
            body["price"] = price;
        }

        if (timeInForce is not null)
        {
            body["time_in_force"] = timeInForce;
        }

        if (text is not null)
        {
            body["text"] = text;
        }

        return Client.PostAsync("/spot/orders", body);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Other.Dispose();
        await Simulator.DisposeAsync();
    }
}
