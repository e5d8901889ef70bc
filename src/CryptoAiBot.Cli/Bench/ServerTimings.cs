namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// What the simulator says about the answers the client received: its own handling time (<c>X-Out-Time</c> −
/// <c>X-In-Time</c>, µs on its clock) of the latest answer, and how many answers were 429s. The latency runs are
/// sequential, so "the latest answer" is the answer to the call just timed.
/// </summary>
internal sealed class ServerTimings
{
    private long _lastMicroseconds = -1;
    private int _tooManyRequests;

    /// <summary>The simulator's time on the latest answer; -1 when it carried no gateway headers.</summary>
    public long LastMicroseconds => Interlocked.Read(ref _lastMicroseconds);

    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    public void Record(long serverMicroseconds, int status)
    {
        Interlocked.Exchange(ref _lastMicroseconds, serverMicroseconds);
        if (status == 429)
        {
            Interlocked.Increment(ref _tooManyRequests);
        }
    }

    public void ResetCounts() => Interlocked.Exchange(ref _tooManyRequests, 0);
}
