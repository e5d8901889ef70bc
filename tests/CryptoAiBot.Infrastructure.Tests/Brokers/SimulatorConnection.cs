using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Gate.Live;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

/// <summary>A live-mode Gate.io connection to a simulator, built from settings the way the bot builds it.</summary>
internal static class SimulatorConnection
{
    public static GateConnection Open(
        GateSimulator simulator, TimeProvider time, string key = "sim-key", string secret = "sim-secret", string symbols = "BTC/USDT")
    {
        var settings = SettingsLoader.Load(new Dictionary<string, string?>
        {
            ["MODE"] = "live",
            ["SANDBOX"] = "1",
            ["EXCHANGE_URL"] = simulator.BaseUrl.ToString(),
            ["API_KEY"] = key,
            ["API_SECRET"] = secret,
            ["SYMBOLS"] = symbols,
        }).GetOrThrow();
        return GateConnection.Create(settings, authenticated: true, time, logging: null);
    }
}
