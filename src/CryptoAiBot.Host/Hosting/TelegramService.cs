using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Infrastructure.Telegram;

namespace CryptoAiBot.Host.Hosting;

/// <summary>
/// Runs the Telegram side while <c>TELEGRAM_ENABLED=1</c> (it is not even registered otherwise): the alert publisher
/// and its sender, the health watch, and the command poller when commands are on. Registered before trading so it is
/// subscribed before the first event and stops after trading has drained its outbox; on stop it gives queued alerts
/// <see cref="DrainTimeout"/> to leave, then abandons them (logged with their count).
/// </summary>
public sealed partial class TelegramService(
    AlertPublisher publisher, HealthWatch healthWatch, IServiceProvider services, TimeProvider time, ILogger<TelegramService> logger) : IHostedService
{
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abandon = new();
    private Task _sender = Task.CompletedTask;
    private Task _health = Task.CompletedTask;
    private Task _poller = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        publisher.Subscribe();
        _sender = Task.Run(() => publisher.RunAsync(_abandon.Token), CancellationToken.None);
        _health = Task.Run(() => healthWatch.RunAsync(_stopping.Token), CancellationToken.None);
        var poller = services.GetService<TelegramCommandPoller>();
        if (poller is not null)
        {
            _poller = Task.Run(() => poller.RunAsync(_stopping.Token), CancellationToken.None);
        }

        LogStarted(logger, poller is not null);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_health, _poller).ConfigureAwait(false);
        publisher.Complete();
        try
        {
            await _sender.WaitAsync(DrainTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            await _abandon.CancelAsync().ConfigureAwait(false);
            await _sender.ConfigureAwait(false);
        }

        _stopping.Dispose();
        _abandon.Dispose();
    }

    [LoggerMessage(EventId = 7160, Level = LogLevel.Information, Message = "Telegram started: alerts on, commands {CommandsEnabled}")]
    private static partial void LogStarted(ILogger logger, bool commandsEnabled);
}
