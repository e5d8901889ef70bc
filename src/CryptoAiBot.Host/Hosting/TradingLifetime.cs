using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Safety;

namespace CryptoAiBot.Host.Hosting;

/// <summary>
/// Starts trading only once every hosted service, the web server included, has started — so a
/// process that fails to bind its port never trades — with the dead man's switch watching the loops — and stops it
/// gracefully: the switch first, then the orchestrator loops
/// end after the cycle in flight (an order being sent is recorded first), the outbox is drained to
/// the bus, then the instance lock is released.
/// </summary>
public sealed partial class TradingLifetime(
    OrchestratorRegistry orchestrators,
    OutboxPublisher outbox,
    DeadMansSwitch deadMansSwitch,
    InstanceLockWatch lockWatch,
    OrchestratorSchedule schedule,
    IInstanceLock instanceLock,
    ILogger<TradingLifetime> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan OutboxPoll = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _outboxLoop = Task.CompletedTask;
    private Task _deadMansSwitch = Task.CompletedTask;
    private Task _lockWatch = Task.CompletedTask;
    private int _stopped;

    public bool Started { get; private set; }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        _outboxLoop = outbox.RunAsync(OutboxPoll, _stopping.Token);
        await orchestrators.StartAllAsync(cancellationToken).ConfigureAwait(false);

        // Its own task and timer: a hung orchestrator loop cannot hold it up.
        _deadMansSwitch = Task.Run(() => deadMansSwitch.RunAsync(_stopping.Token), CancellationToken.None);
        _lockWatch = Task.Run(() => lockWatch.RunAsync(schedule.Watchdog, _stopping.Token), CancellationToken.None);
        Started = true;
        LogStarted(logger, string.Join(", ", orchestrators.Symbols));
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Started = false;

        // The switch goes first: orchestrators stopping on purpose must not look like loops gone silent.
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _deadMansSwitch.ConfigureAwait(false);
        await _lockWatch.ConfigureAwait(false);
        await orchestrators.StopAllAsync(cancellationToken).ConfigureAwait(false);
        await _outboxLoop.ConfigureAwait(false);
        var drained = await outbox.PublishPendingAsync(cancellationToken).ConfigureAwait(false);
        await instanceLock.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        _stopping.Dispose();
        LogStopped(logger, drained);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Trading started for {Symbols}")]
    private static partial void LogStarted(ILogger logger, string symbols);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Trading stopped; {Drained} outbox events drained; lock released")]
    private static partial void LogStopped(ILogger logger, int drained);
}
