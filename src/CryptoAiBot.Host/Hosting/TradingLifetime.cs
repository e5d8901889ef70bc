using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Host.Hosting;

/// <summary>
/// Starts trading once the web host is up and stops it gracefully: orchestrator loops end after
/// the cycle in flight (an order being sent is recorded first), the outbox is drained to the bus,
/// then the instance lock is released.
/// </summary>
public sealed partial class TradingLifetime(
    OrchestratorRegistry orchestrators,
    OutboxPublisher outbox,
    IInstanceLock instanceLock,
    ILogger<TradingLifetime> logger) : IHostedService
{
    private static readonly TimeSpan OutboxPoll = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _outboxLoop = Task.CompletedTask;

    public bool Started { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _outboxLoop = outbox.RunAsync(OutboxPoll, _stopping.Token);
        await orchestrators.StartAllAsync(cancellationToken).ConfigureAwait(false);
        Started = true;
        LogStarted(logger, string.Join(", ", orchestrators.Symbols));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Started = false;
        await orchestrators.StopAllAsync(cancellationToken).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
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
