using System.Text;
using System.Text.Json;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CryptoAiBot.Infrastructure.Logging;

/// <summary>
/// Structured JSON lines (timestamp, level, category, event id, message, properties, exception) with
/// every configured secret replaced by <c>***</c> as the last step, so no code path can leak a
/// key, token or password through a log line, an exception message or a property.
/// </summary>
public sealed class RedactingJsonConsoleFormatter(SecretRedactor redactor, TimeProvider time) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "cab-json";

    // Log lines are read by people and log shippers, not embedded in HTML: keep '+', quotes and non-ASCII readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow().ToString("O"));
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteNumber("event_id", logEntry.EventId.Id);
            json.WriteString("message", redactor.Redact(message));
            // A name is written once: log shippers keep only one of duplicate keys, and which one is up to them. The
            // line's own properties win over scopes (an event's trace id over the pass that happened to publish it),
            // and an inner scope over an outer one.
            var written = new HashSet<string>(StringComparer.Ordinal) { "timestamp", "level", "category", "event_id", "message", "exception" };
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> properties)
            {
                foreach (var (key, value) in properties)
                {
                    if (key != "{OriginalFormat}")
                    {
                        WriteOnce(json, written, redactor, key, value);
                    }
                }
            }

            var scopes = new List<IEnumerable<KeyValuePair<string, object?>>>();
            scopeProvider?.ForEachScope(
                static (scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        list.Add(pairs);
                    }
                },
                scopes);
            for (var i = scopes.Count - 1; i >= 0; i--)
            {
                foreach (var (key, value) in scopes[i])
                {
                    WriteOnce(json, written, redactor, key, value);
                }
            }
            // Lines of loggers from another factory than the one that began the pass's scope get the pass from here.
            if (TraceContext.Pass is { } pass)
            {
                WriteOnce(json, written, redactor, TraceContext.TraceIdKey, pass.TraceId);
                WriteOnce(json, written, redactor, TraceContext.LoopKey, pass.Loop);
            }

            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", redactor.Redact(exception.ToString()));
            }

            json.WriteEndObject();
        }

        // Values were redacted before encoding (a secret with quotes or backslashes changes when escaped);
        // the whole line is checked again as a second line of defence.
        textWriter.WriteLine(redactor.Redact(Encoding.UTF8.GetString(buffer.ToArray())));
    }

    private static void WriteOnce(Utf8JsonWriter json, HashSet<string> written, SecretRedactor redactor, string key, object? value)
    {
        var name = ToSnakeCase(key);
        if (written.Add(name))
        {
            json.WriteString(name, redactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
