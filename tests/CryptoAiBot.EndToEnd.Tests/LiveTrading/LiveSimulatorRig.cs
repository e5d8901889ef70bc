using System.Text.Json;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.Host;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// The production composition in <c>MODE=live</c> against the Gate.io simulator on loopback, both on one manual clock.
/// Prices move only when a test sets them, and time only when it steps: <see cref="StepAsync"/> moves the clock one
/// second (every loop of the bot runs once a second) and returns when each loop finished its pass, so a minute of
/// trading takes sixty deterministic steps and well under a wall-clock second per step.
/// </summary>
internal sealed class LiveSimulatorRig : IAsyncDisposable
{
    public const string Pair = "BTC_USDT";
    public const string Key = "sim-key";

    /// <summary>Where the market sits while the bot warms up: after a fall, so the fast EMA is below the slow one.</summary>
    public const decimal FlatPrice = 58_800m;

    public static readonly Symbol Symbol = Symbol.Parse("BTC/USDT");

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(10);
    private static readonly string[] Loops =
        [OrchestratorLoops.Eval, OrchestratorLoops.Exits, OrchestratorLoops.Settlement, OrchestratorLoops.Reconcile, OrchestratorLoops.Watchdog];

    private readonly TempDirectory _temp;
    private readonly BotSettings _settings;
    private BotServer? _bot;

    private LiveSimulatorRig(TempDirectory temp, ManualTimeProvider time, GateSimulator simulator, (string Name, string Value)[] overrides)
    {
        _temp = temp;
        Time = time;
        Simulator = simulator;
        _settings = Settings(temp, simulator, overrides);
    }

    public ManualTimeProvider Time { get; }

    public GateSimulator Simulator { get; }

    public BotServer Bot => _bot ?? throw new InvalidOperationException("The bot is not running.");

    public ITradingStore Store => Bot.Services.GetRequiredService<ITradingStore>();

    public IBroker Broker => Bot.Services.GetRequiredService<IBroker>();

    public SimLedger Ledger => Simulator.Ledger(Key);

    private SymbolOrchestrator Orchestrator =>
        Bot.Services.GetRequiredService<OrchestratorRegistry>().Find(Symbol.ToString()) ?? throw new InvalidOperationException("no orchestrator for " + Symbol);

    /// <summary>
    /// A simulator whose BTC_USDT fell to <see cref="FlatPrice"/> and stayed there for twelve minutes (a day of
    /// random-walk minutes before that, from seed 7), and a live bot started on it: EMA 3/8 on 1m candles, 100 USDT
    /// per buy, 2 % hard stop, 1 % trail, the exchange stop free to move every second.
    /// </summary>
    /// <param name="overrides">Settings that differ from the rig's (e.g. a short DMS_TIMEOUT_MS).</param>
    public static async Task<LiveSimulatorRig> StartAsync(params (string Name, string Value)[] overrides)
    {
        var time = new ManualTimeProvider();
        var options = new GateSimulatorOptions { AutoAdvance = false, HistoryDays = 0, Seed = 7 };
        var simulator = await GateSimulator.StartAsync(options, time, logging => logging.SetMinimumLevel(LogLevel.Warning), CancellationToken.None);
        var rig = new LiveSimulatorRig(new TempDirectory(), time, simulator, overrides);
        try
        {
            simulator.SetPrice(Pair, FlatPrice);
            time.Advance(TimeSpan.FromMinutes(12));
            await rig.StartBotAsync();
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the bot (again) over the rig's database and waits for its first pass of every loop.</summary>
    public async Task StartBotAsync()
    {
        Assert.Null(_bot);
        var built = await BotHost.BuildAsync(_settings, [], Time, CancellationToken.None, "http://127.0.0.1:0");
        Assert.True(built.IsSuccess, built.IsSuccess ? "" : $"the live bot did not build: {built.Error.Message}");
        var app = built.Value;
        _bot = await BotServer.StartAsync(app, () => app.Urls);
        await WaitForPassesAsync();
    }

    /// <summary>Stops the bot gracefully and closes its database; the exchange and the clock go on.</summary>
    public async Task StopBotAsync()
    {
        if (_bot is { } bot)
        {
            _bot = null;
            await bot.DisposeAsync();
        }
    }

    /// <summary>Moves the shared clock one second at a time, <paramref name="seconds"/> times, each time until every loop ran.</summary>
    public async Task StepAsync(int seconds = 1)
    {
        for (var i = 0; i < seconds; i++)
        {
            Time.Advance(Step);
            await WaitForPassesAsync();
        }
    }

    /// <summary>Steps until <paramref name="condition"/> holds, at most <paramref name="maxSeconds"/> of the shared clock.</summary>
    public async Task<bool> StepUntilAsync(Func<Task<bool>> condition, int maxSeconds)
    {
        for (var i = 0; i < maxSeconds; i++)
        {
            if (await condition())
            {
                return true;
            }

            await StepAsync();
        }

        return await condition();
    }

    /// <summary>Moves the shared clock without waiting for the loops (they may be hung on purpose), giving the rest a moment per second.</summary>
    public async Task AdvanceWithoutLoopsAsync(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            Time.Advance(Step);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public Task<JsonElement> StatusAsync() => Bot.Client.GetJsonAsync("/orchestrator/status?symbol=" + Symbol);

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Simulator.DisposeAsync();
        _temp.Dispose();
    }

    private static BotSettings Settings(TempDirectory temp, GateSimulator simulator, (string Name, string Value)[] overrides) =>
        overrides.Aggregate(Environment(temp, simulator), (environment, setting) => environment.With(setting.Name, setting.Value)).ToSettings();

    private static BotEnvironment Environment(TempDirectory temp, GateSimulator simulator) =>
        BotEnvironment.Quiet(temp.File("live.sqlite3"))
            .With("MODE", "live")
            .With("SANDBOX", "1")
            .With("EXCHANGE_URL", simulator.BaseUrl.ToString())
            .With("API_KEY", Key)
            .With("API_SECRET", "sim-secret")
            .With("SYMBOLS", Symbol.ToString())
            .With("TRADING_TIMEFRAME", "1m")
            .With("MTF_ENABLED", "0")
            .With("STRATEGY_SET", "ema_cross")
            .With("EMA_FAST", "3")
            .With("EMA_SLOW", "8")
            .With("FIXED_AMOUNT", "100")
            .With("RISK_COOLDOWN_SEC", "0")
            .With("RISK_STOP_LOSS_PCT", "2")
            .With("RISK_TRAILING_PCT", "1")
            .With("EXCHANGE_STOPS", "1")
            .With("EXCHANGE_STOP_REPLACE_SEC", "1")
            .With("EXCHANGE_STOP_STEP_PCT", "0.1")
            .With("EVAL_INTERVAL_SEC", "1")
            .With("EXITS_INTERVAL_SEC", "1")
            .With("SETTLEMENT_INTERVAL_SEC", "1")
            .With("RECONCILE_INTERVAL_SEC", "1")
            .With("WATCHDOG_INTERVAL_SEC", "1")
            // The client's rate limiter runs on the manual clock too: generous limits keep the reads from waiting on it.
            .With("BROKER_RATE_RPS", "1000")
            .With("BROKER_RATE_BURST", "1000");

    /// <summary>
    /// Waits (bounded, in real time) until every loop's heartbeat is the clock's current time. A loop may itself be
    /// waiting on the clock — the client's rate limiter refills on it (at Gate's own pace for order placement, whatever
    /// BROKER_RATE_* say) — so when the loops stall, a little time is let pass, at most one more second per step.
    /// </summary>
    private async Task WaitForPassesAsync()
    {
        const int MaxNudges = 8;
        var now = Time.GetUtcNow();
        var orchestrator = Orchestrator;
        for (var nudge = 0; nudge <= MaxNudges; nudge++)
        {
            var patience = nudge < MaxNudges ? TimeSpan.FromMilliseconds(300) : StepLimit;
            if (await Eventually.HoldsAsync(() => Loops.All(loop => orchestrator.Heartbeats.GetValueOrDefault(loop) >= now), patience))
            {
                return;
            }

            if (nudge < MaxNudges)
            {
                Time.Advance(TimeSpan.FromMilliseconds(125));
            }
        }

        var status = await orchestrator.GetStatusAsync(CancellationToken.None);
        Assert.Fail($"the loops did not all pass at {now:O} within {StepLimit.TotalSeconds}s: phase {status.CurrentPhase}, heartbeats {JsonSerializer.Serialize(status.LastHeartbeats)}, failures {JsonSerializer.Serialize(status.LoopFailures)}");
    }
}
