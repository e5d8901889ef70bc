using System.Globalization;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Testing;

/// <summary>
/// The environment variables a bot under test starts with: its own database file, a free loopback
/// port, and loops fast enough for a test. <see cref="ToSettings"/> loads them exactly as the host does.
/// </summary>
public sealed class BotEnvironment
{
    private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal);

    private BotEnvironment(string dbPath)
    {
        _variables["DB_PATH"] = dbPath;
        _variables["HTTP_HOST"] = "127.0.0.1";
        _variables["HTTP_PORT"] = "0";
        _variables["LOG_LEVEL"] = "Warning";
        _variables["EVAL_INTERVAL_SEC"] = "0.2";
        _variables["EXITS_INTERVAL_SEC"] = "0.2";
        _variables["SETTLEMENT_INTERVAL_SEC"] = "0.5";
        _variables["RECONCILE_INTERVAL_SEC"] = "0.5";
        _variables["WATCHDOG_INTERVAL_SEC"] = "0.5";
        _variables["SIM_TICK_MS"] = "50";
    }

    public IReadOnlyDictionary<string, string?> Variables => _variables;

    public string DbPath => _variables["DB_PATH"] ?? "";

    /// <summary>Quick loops over the built-in simulator; trades only now and then (default EMA periods, cooldown on).</summary>
    public static BotEnvironment Quiet(string dbPath) => new(dbPath);

    /// <summary>Settings that make the paper bot trade within seconds: 100 ms candles, EMA 3/8, no cooldown, a tight trail.</summary>
    public static BotEnvironment FastTrading(string dbPath) => new BotEnvironment(dbPath)
        .With("SIM_TICK_MS", "20")
        .With("EVAL_INTERVAL_SEC", "0.1")
        .With("EXITS_INTERVAL_SEC", "0.1")
        .With("SETTLEMENT_INTERVAL_SEC", "0.5")
        .With("RECONCILE_INTERVAL_SEC", "0.5")
        .With("RISK_COOLDOWN_SEC", "0")
        .With("FIXED_AMOUNT", "100")
        .With("RISK_TRAILING_PCT", "0.3")
        .With("EMA_FAST", "3")
        .With("EMA_SLOW", "8")
        .With("IDEMPOTENCY_BUCKET_MS", "50");

    public BotEnvironment With(string name, string? value)
    {
        _variables[name] = value;
        return this;
    }

    public BotEnvironment WithPort(int port) => With("HTTP_PORT", port.ToString(CultureInfo.InvariantCulture));

    /// <summary>The validated settings; throws listing every problem when the variables are invalid.</summary>
    public BotSettings ToSettings()
    {
        var loaded = SettingsLoader.Load(_variables);
        return loaded.IsValid
            ? loaded.Settings
            : throw new InvalidOperationException("Test settings are invalid: " + string.Join("; ", loaded.Problems));
    }
}
