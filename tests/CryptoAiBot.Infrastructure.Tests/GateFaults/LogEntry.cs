using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>One captured log entry; <see cref="Timestamp"/> is <c>Stopwatch.GetTimestamp()</c> at the write.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception, long Timestamp);
