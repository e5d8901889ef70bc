namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// Requests completed back to back by several callers as fast as the client lets them. <see cref="SteadyPerSecond"/> is
/// measured over the second half only, leaving out the opening burst of the client's token bucket: the rate it sustains.
/// </summary>
internal sealed record GateThroughput(string Endpoint, int Requests, int Failed, int TooManyRequests, TimeSpan Elapsed, double SteadyPerSecond, double Limit)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}
