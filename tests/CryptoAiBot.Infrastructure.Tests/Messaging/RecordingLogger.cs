using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Tests.Messaging;

/// <summary>Keeps the event id and exception of every log entry, to assert on stable event ids.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(EventId EventId, Exception? Exception)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((eventId, exception));
}
