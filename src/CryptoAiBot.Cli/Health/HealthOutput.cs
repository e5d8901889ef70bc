using System.Globalization;
using System.Text;

namespace CryptoAiBot.Cli.Health;

/// <summary>How <c>cab health</c> prints a check: a component table once, or one greppable line per daemon check.</summary>
internal static class HealthOutput
{
    public static async Task WriteReportAsync(TextWriter output, Uri url, HealthCheck check)
    {
        if (check.Problem is { } problem)
        {
            await output.WriteLineAsync($"UNREACHABLE (exit {check.ExitCode}): {problem}").ConfigureAwait(false);
            return;
        }

        var width = check.Components.Select(c => c.Name.Length).DefaultIfEmpty(9).Max();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{url} status {check.Status}, ready {(check.Ready == true ? "yes" : "no")} (exit {check.ExitCode})").AppendLine();
        foreach (var component in check.Components)
        {
            var latency = component.LatencyMs is { } ms ? string.Create(CultureInfo.InvariantCulture, $" [{ms:0.0} ms]") : "";
            text.Append(CultureInfo.InvariantCulture, $"  {component.Name.PadRight(width)}  {component.Status,-8}  {component.Detail}{latency}").AppendLine();
        }

        await output.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    /// <summary><c>time exit=N status=S ready=yes|no</c>, then the components that are not ok (or the problem).</summary>
    public static string Line(HealthCheck check)
    {
        var ready = check.Ready switch { true => "yes", false => "no", null => "unknown" };
        var line = string.Create(CultureInfo.InvariantCulture, $"{check.CheckedAt:yyyy-MM-ddTHH:mm:ssZ} exit={check.ExitCode} status={check.Status} ready={ready}");
        if (check.Problem is { } problem)
        {
            return $"{line} problem=\"{problem}\"";
        }

        var unwell = check.Components.Where(c => c.Status != "ok").Select(c => $"{c.Name}={c.Status}").ToList();
        return unwell.Count == 0 ? line : $"{line} {string.Join(' ', unwell)}";
    }
}
