using System.Globalization;
using System.Text;
using System.Text.Json;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Turns the bus events an operator must see into chat messages (Telegram HTML). Numbers are copied from the JSON text
/// as written, never through <c>double</c>, so an amount reads exactly as it was recorded. A payload that is not the
/// expected shape still produces a message (its fields listed): an alert is never lost to a formatting bug.
/// </summary>
public static class AlertFormatter
{
    /// <summary>Every topic that becomes an alert.</summary>
    public static IReadOnlyList<string> Topics { get; } =
    [
        EventTopics.TradeCompleted, EventTopics.TradeFailed, EventTopics.RiskBlocked, EventTopics.BudgetExceeded,
        EventTopics.ReconciliationPositionMismatch, EventTopics.SafetyDmsTriggered, EventTopics.SafetyLockLost,
        EventTopics.ProtectiveExitTriggered, EventTopics.OrchestratorPaused, EventTopics.OrchestratorResumed,
        EventTopics.OrchestratorStopped, EventTopics.OrchestratorLoopFailed, EventTopics.HealthChanged, EventTopics.AlertsAlertmanager,
    ];

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [EventTopics.TradeCompleted] = "✅ Trade completed",
        [EventTopics.TradeFailed] = "❌ Trade failed",
        [EventTopics.RiskBlocked] = "🛑 Risk blocked",
        [EventTopics.BudgetExceeded] = "🛑 Budget exceeded",
        [EventTopics.ReconciliationPositionMismatch] = "⚠️ Reconciliation drift",
        [EventTopics.SafetyDmsTriggered] = "🚨 Dead man's switch triggered",
        [EventTopics.SafetyLockLost] = "🚨 Instance lock lost",
        [EventTopics.ProtectiveExitTriggered] = "🛡 Protective exit",
        [EventTopics.OrchestratorPaused] = "⏸ Paused",
        [EventTopics.OrchestratorResumed] = "▶️ Resumed",
        [EventTopics.OrchestratorStopped] = "⏹ Stopped",
        [EventTopics.OrchestratorLoopFailed] = "⚠️ Loop failed",
    };

    /// <summary>The message for <paramref name="busEvent"/>, or null when its topic is not alerted.</summary>
    public static Alert? Format(BusEvent busEvent)
    {
        ArgumentNullException.ThrowIfNull(busEvent);
        if (busEvent.Topic == EventTopics.AlertsAlertmanager)
        {
            return AlertmanagerMessage.Format(busEvent.PayloadJson);
        }

        if (busEvent.Topic == EventTopics.HealthChanged)
        {
            return Health(busEvent);
        }

        if (!Titles.TryGetValue(busEvent.Topic, out var title))
        {
            return null;
        }

        using var json = Parse(busEvent.PayloadJson);
        var root = json?.RootElement;
        var html = new StringBuilder();
        html.Append("<b>").Append(HtmlText.Escape(title));
        if (busEvent.Symbol is { } symbol)
        {
            html.Append(' ').Append(HtmlText.Escape(symbol));
        }

        html.Append("</b>");
        var key = busEvent.Topic + "|" + busEvent.Symbol;
        if (root is { ValueKind: JsonValueKind.Object } body)
        {
            AppendFields(html, body);
            key += busEvent.Topic is EventTopics.RiskBlocked or EventTopics.BudgetExceeded
                // The same rule refusing every cycle is one alert; its changing amounts are not news.
                ? "|" + Text(body, "rules")
                : "|" + html;
        }
        else if (root is { } other)
        {
            html.Append('\n').Append(HtmlText.Escape(other.GetRawText()));
            key += "|" + html;
        }

        return new Alert(key, HtmlText.Fit(html.ToString()));
    }

    private static Alert Health(BusEvent busEvent)
    {
        using var json = Parse(busEvent.PayloadJson);
        var root = json?.RootElement;
        var status = root is { ValueKind: JsonValueKind.Object } r ? Text(r, "status") : "unknown";
        var previous = root is { ValueKind: JsonValueKind.Object } p ? Text(p, "previous_status") : "";
        var icon = status switch { "ok" => "💚", "degraded" => "🟡", _ => "🔴" };
        var html = new StringBuilder()
            .Append(icon).Append(" <b>Health ").Append(HtmlText.Escape(status)).Append("</b>")
            .Append(" (was ").Append(HtmlText.Escape(previous)).Append(')');
        if (root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("problems", out var problems) && problems.ValueKind == JsonValueKind.Object)
        {
            foreach (var problem in problems.EnumerateObject())
            {
                html.Append("\n• <code>").Append(HtmlText.Escape(problem.Name)).Append("</code>: ").Append(HtmlText.Escape(Scalar(problem.Value)));
            }
        }

        // Flapping between two states within the window is one alert per state.
        return new Alert(EventTopics.HealthChanged + "|" + status, HtmlText.Fit(html.ToString()));
    }

    private static void AppendFields(StringBuilder html, JsonElement body)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name == "symbol" || property.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Object)
            {
                continue;
            }

            var value = property.Value.ValueKind == JsonValueKind.Array
                ? string.Join("; ", property.Value.EnumerateArray().Select(Scalar))
                : Scalar(property.Value);
            if (value.Length > 0)
            {
                html.Append('\n').Append(HtmlText.Escape(property.Name.Replace('_', ' '))).Append(": <code>").Append(HtmlText.Escape(value)).Append("</code>");
            }
        }
    }

    internal static string Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Array ? string.Join(",", value.EnumerateArray().Select(Scalar)) : Scalar(value)
            : "";

    internal static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    internal static JsonDocument? Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string Invariant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
