using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// A logger provider that keeps every entry — category, level, event id, rendered message, exception and the
/// monotonic time it was written — so a test can assert that a fault was logged, and measure when requests arrived.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public ILoggerFactory Factory(LogLevel minimum = LogLevel.Debug) =>
        LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(minimum));

    public IReadOnlyList<LogEntry> WithId(int eventId) => [.. _entries.Where(e => e.EventId.Id == eventId)];

    public string Dump() => string.Join(Environment.NewLine, _entries.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Message}"));

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception, Stopwatch.GetTimestamp()));
    }
}
