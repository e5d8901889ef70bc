namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// Latency of one endpoint in microseconds: as the caller saw it, as the simulator spent it, and the difference — what
/// the client (signing, rate limiter, HTTP stack, parsing) and the loopback hop add on top of the exchange's own work.
/// </summary>
internal sealed record GateLatency(string Endpoint, int Samples, double ClientP50, double ClientP99, double ServerP50, double ServerP99, double OverheadP50, double OverheadP99)
{
    public static GateLatency From(string endpoint, IReadOnlyList<(double Client, double Server)> samples)
    {
        var client = samples.Select(s => s.Client).Order().ToArray();
        var server = samples.Select(s => s.Server).Order().ToArray();
        var overhead = samples.Select(s => s.Client - s.Server).Order().ToArray();
        return new(endpoint, samples.Count, Percentile(client, 50), Percentile(client, 99), Percentile(server, 50), Percentile(server, 99),
            Percentile(overhead, 50), Percentile(overhead, 99));
    }

    /// <summary>Nearest rank: a value that was measured, never an interpolation between two.</summary>
    private static double Percentile(double[] sorted, int percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
