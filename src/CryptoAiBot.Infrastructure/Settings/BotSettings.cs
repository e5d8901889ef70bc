namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Every configuration section, validated together by <see cref="SettingsLoader"/>. A default instance
/// holds the documented defaults (paper trading on the built-in simulator).
/// </summary>
public sealed class BotSettings
{
    public TradingOptions Trading { get; init; } = new();

    public PaperOptions Paper { get; init; } = new();

    public RiskOptions Risk { get; init; } = new();

    public SafetyOptions Safety { get; init; } = new();

    public IdempotencyOptions Idempotency { get; init; } = new();

    public OrchestratorOptions Orchestrator { get; init; } = new();

    public StorageOptions Storage { get; init; } = new();

    public ServiceOptions Service { get; init; } = new();

    public BrokerOptions Broker { get; init; } = new();

    public StrategyOptions Strategy { get; init; } = new();

    public MtfOptions Mtf { get; init; } = new();

    public FusionOptions Fusion { get; init; } = new();

    public SizingOptions Sizing { get; init; } = new();

    public RegimeOptions Regime { get; init; } = new();

    public TelegramOptions Telegram { get; init; } = new();

    public AlertmanagerOptions Alertmanager { get; init; } = new();

    public ApiKeysOptions ApiKeys { get; init; } = new();

    public CrashTestOptions Crash { get; init; } = new();

    /// <summary>
    /// The effective configuration as variable name → value, in the spelling each variable accepts, for the
    /// start-up log and /health. Secrets read <c>***</c> when set and empty when unset; passwords inside
    /// DB_URL and EVENT_BUS_URL are masked.
    /// </summary>
    public IReadOnlyDictionary<string, string> Describe()
    {
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        Trading.Describe(into);
        Paper.Describe(into);
        Risk.Describe(into);
        Safety.Describe(into);
        Idempotency.Describe(into);
        Orchestrator.Describe(into);
        Storage.Describe(into);
        Service.Describe(into);
        Broker.Describe(into);
        Strategy.Describe(into);
        Mtf.Describe(into);
        Fusion.Describe(into);
        Sizing.Describe(into);
        Regime.Describe(into);
        Telegram.Describe(into);
        Alertmanager.Describe(into);
        ApiKeys.Describe(into);
        Crash.Describe(into);
        return into;
    }

    /// <summary>Every secret held, set or not, for <see cref="SecretRedactor.For(BotSettings)"/>.</summary>
    public IReadOnlyList<Secret> Secrets() =>
        [ApiKeys.ApiKey, ApiKeys.ApiSecret, Service.ApiToken, Telegram.BotToken, Storage.DbUrl, Service.EventBusUrl,
            Alertmanager.WebhookToken, Alertmanager.WebhookPassword];
}
