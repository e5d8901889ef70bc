using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Safety;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Infrastructure.Tests.Locking;

/// <summary>The watch over the real file lock: a lock file taken away stops trading once, with an event.</summary>
public sealed class InstanceLockWatchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Losing_the_lock_file_stops_every_orchestrator_once_and_says_so()
    {
        using var temp = new TempDirectory();
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        await using var instanceLock = new FileInstanceLock(temp.File("bot.sqlite3.lock"), rig.Time);
        Assert.True((await instanceLock.TryAcquireAsync(None)).IsSuccess);
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy());
        var watch = new InstanceLockWatch(instanceLock, new OrchestratorRegistry([orchestrator]), rig.Bus, rig.Time, NullLogger<InstanceLockWatch>.Instance);
        await orchestrator.StartAsync(None);

        var whileHeld = await watch.CheckAsync(None);
        var runningWhileHeld = orchestrator.State;
        File.Delete(temp.File("bot.sqlite3.lock"));
        var afterLoss = await watch.CheckAsync(None);
        var again = await watch.CheckAsync(None);

        Assert.True(whileHeld);
        Assert.Equal(OrchestratorState.Running, runningWhileHeld);
        Assert.False(afterLoss);
        Assert.False(again);
        Assert.Equal(OrchestratorState.Stopped, orchestrator.State);
        var lost = Assert.Single(rig.Bus.Topic(EventTopics.SafetyLockLost));
        Assert.Contains(instanceLock.Owner.Split(' ')[0], lost.PayloadJson, StringComparison.Ordinal);
    }
}
