using System.Text;
using System.Text.Json;
using CryptoAiBot.Application.Events;

namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// The chat message for an Alertmanager notification: one line per alert with its name, severity and summary, firing
/// alerts first. The key is the group, its status and its alerts' fingerprints, so Alertmanager re-sending the same group
/// (repeat_interval, a retried webhook) inside the de-duplication window is one message.
/// </summary>
internal static class AlertmanagerMessage
{
    private const int MaxAlertsListed = 20;

    public static Alert Format(string payloadJson)
    {
        AlertmanagerNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<AlertmanagerNotice>(payloadJson, EventJson.Options);
        }
        catch (JsonException)
        {
            notice = null;
        }

        if (notice is null)
        {
            return new Alert("alerts.alertmanager|" + payloadJson, "<b>📣 Alertmanager</b>\n" + HtmlText.Fit(HtmlText.Escape(payloadJson)));
        }

        var firing = notice.Alerts.Count(a => a.Status == "firing");
        var html = new StringBuilder()
            .Append(firing > 0 ? "🔥 <b>Alertmanager: " : "✅ <b>Alertmanager: ")
            .Append(firing > 0 ? $"{firing} firing" : "resolved")
            .Append("</b>");
        foreach (var alert in notice.Alerts.OrderBy(a => a.Status == "firing" ? 0 : 1).Take(MaxAlertsListed))
        {
            var name = alert.Labels.GetValueOrDefault("alertname", "alert");
            html.Append('\n').Append(alert.Status == "firing" ? "🔥 " : "✅ ").Append("<b>").Append(HtmlText.Escape(name)).Append("</b>");
            if (alert.Labels.TryGetValue("severity", out var severity))
            {
                html.Append(" [").Append(HtmlText.Escape(severity)).Append(']');
            }

            if (alert.Labels.TryGetValue("symbol", out var symbol))
            {
                html.Append(' ').Append(HtmlText.Escape(symbol));
            }

            var summary = alert.Annotations.GetValueOrDefault("summary") ?? alert.Annotations.GetValueOrDefault("description");
            if (!string.IsNullOrWhiteSpace(summary))
            {
                html.Append(": ").Append(HtmlText.Escape(summary));
            }

            html.Append(" (since ").Append(AlertFormatter.Invariant(alert.StartsAt)).Append(')');
        }

        if (notice.Alerts.Count > MaxAlertsListed)
        {
            html.Append("\n… and ").Append(notice.Alerts.Count - MaxAlertsListed).Append(" more");
        }

        var fingerprints = string.Join(",", notice.Alerts.Select(a => a.Status + ":" + (a.Fingerprint ?? a.Labels.GetValueOrDefault("alertname", ""))).Order(StringComparer.Ordinal));
        return new Alert($"alerts.alertmanager|{notice.GroupKey}|{notice.Status}|{fingerprints}", HtmlText.Fit(html.ToString()));
    }
}
