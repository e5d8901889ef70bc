namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// The only place configuration is read. Turns environment variables (optionally from a <c>.env</c> file)
/// into <see cref="BotSettings"/>, collecting every parse error and invariant violation instead of
/// stopping at the first, so one failed start shows the operator everything to fix.
/// </summary>
public static class SettingsLoader
{
    private static readonly Lazy<string[]> Known = new(() =>
    {
        var reader = new VariableReader(new Dictionary<string, string?>());
        Read(reader);
        return [.. reader.Names];
    });

    private static readonly Lazy<HashSet<string>> KnownSet = new(() => new HashSet<string>(Known.Value, StringComparer.Ordinal));

    /// <summary>Every variable name the loader reads, in reading order.</summary>
    public static IReadOnlyList<string> KnownVariables => Known.Value;

    /// <summary>Loads from a table of variables; blank values count as unset.</summary>
    public static SettingsLoadResult Load(IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return Load(variables, [], []);
    }

    /// <summary>
    /// Loads from the process environment merged over the optional <c>.env</c> file at
    /// <paramref name="dotEnvPath"/> (relative to the current directory; a missing file is skipped, null
    /// skips it). A real environment variable wins over the file unless it is blank, so
    /// <c>MODE=</c> passed through by a container does not hide the file's value.
    /// </summary>
    public static SettingsLoadResult LoadFromEnvironment(string? dotEnvPath = ".env") =>
        LoadFromSources(dotEnvPath, ProcessEnvironment.Read());

    /// <summary>
    /// Loads the trading configuration of a <c>.env</c> file alone — no process environment, so a backtest of
    /// the file is reproducible anywhere. MODE is taken as paper: a backtest never trades, so a live file's
    /// exchange credentials are neither needed nor read from elsewhere. A missing file is a problem.
    /// </summary>
    public static SettingsLoadResult LoadTradingConfiguration(string dotEnvPath)
    {
        ArgumentNullException.ThrowIfNull(dotEnvPath);
        if (!File.Exists(dotEnvPath))
        {
            return Load(new Dictionary<string, string?>(), [$"{dotEnvPath}: no such file"], []);
        }

        return LoadFromSources(dotEnvPath, new Dictionary<string, string?> { ["MODE"] = "paper" });
    }

    internal static SettingsLoadResult LoadFromSources(string? dotEnvPath, IReadOnlyDictionary<string, string?> environment)
    {
        var merged = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<string>();
        var warnings = new List<string>();
        if (dotEnvPath is not null && File.Exists(dotEnvPath))
        {
            var (variables, problem) = DotEnvFile.Read(dotEnvPath);
            if (problem is not null)
            {
                problems.Add(problem);
            }

            foreach (var (name, value) in variables)
            {
                merged[name] = value;
                if (!KnownSet.Value.Contains(name))
                {
                    warnings.Add($"{dotEnvPath}: unknown variable {name} is ignored");
                }
            }
        }

        foreach (var (name, value) in environment)
        {
            if (!string.IsNullOrWhiteSpace(value) || !merged.ContainsKey(name))
            {
                merged[name] = value;
            }
        }

        return Load(merged, problems, warnings);
    }

    private static SettingsLoadResult Load(
        IReadOnlyDictionary<string, string?> variables, IReadOnlyList<string> earlierProblems, IReadOnlyList<string> earlierWarnings)
    {
        var reader = new VariableReader(variables);
        var settings = Read(reader);
        var problems = earlierProblems.Concat(reader.Problems).ToList();
        var warnings = earlierWarnings.Concat(reader.Warnings).ToList();
        return problems.Count == 0
            ? SettingsLoadResult.Valid(settings, warnings)
            : SettingsLoadResult.Invalid(problems, warnings);
    }

    private static BotSettings Read(VariableReader r)
    {
        var trading = TradingOptions.Read(r);
        return new BotSettings
        {
            Trading = trading,
            Paper = PaperOptions.Read(r),
            Risk = RiskOptions.Read(r),
            Safety = SafetyOptions.Read(r),
            Idempotency = IdempotencyOptions.Read(r),
            Orchestrator = OrchestratorOptions.Read(r),
            Storage = StorageOptions.Read(r, trading),
            Service = ServiceOptions.Read(r),
            Broker = BrokerOptions.Read(r, trading),
            Strategy = StrategyOptions.Read(r),
            Mtf = MtfOptions.Read(r, trading),
            Fusion = FusionOptions.Read(r),
            Sizing = SizingOptions.Read(r),
            Regime = RegimeOptions.Read(r),
            Telegram = TelegramOptions.Read(r),
            Alertmanager = AlertmanagerOptions.Read(r),
            ApiKeys = ApiKeysOptions.Read(r, trading),
            Crash = CrashTestOptions.Read(r, trading),
        };
    }
}
